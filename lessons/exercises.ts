// Practice mode's exercises of every lesson (src/course/exercises.ts reads them). Kept apart from
// the checks: a lesson's checks say what an app must do, its exercises what the learner writes.

import { exercises as lesson1 } from './1-login-form/exercises.js';
import { exercises as lesson2 } from './2-sessions/exercises.js';
import { exercises as lesson3 } from './3-flash-messages/exercises.js';
import { exercises as lesson4 } from './4-login-required/exercises.js';
import { exercises as lesson5 } from './5-user-model/exercises.js';
import type { Exercise } from './exercise.js';

export const exercisesByLesson: Record<number, Exercise[]> = { 1: lesson1, 2: lesson2, 3: lesson3, 4: lesson4, 5: lesson5 };
