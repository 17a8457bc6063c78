import type { Exercise } from '../exercise.js';

export const exercises: Exercise[] = [
  {
    id: '3.flash',
    todo: 'flash "You are logged in." (success) on login, "Invalid username or password." (error) on a failure, "You are logged out." (info) on logout',
    hints: [
      'A flash is a message kept in the session until the next page shows it, so it survives the redirect.',
      '`flash` from flask takes the message, then the category: `flash("You are logged in.", "success")`; on logout call it after `session.clear()`, or the clear throws it away.',
    ],
    checks: ['3.1', '3.2', '3.3'],
    steps: [3, 4, 5],
    places: {
      'app.py': [
        { kind: 'view', rule: '/login' },
        { kind: 'view', rule: '/logout' },
      ],
    },
  },
  {
    id: '3.base',
    todo: 'write base.html: the page around a block, showing every flashed message with its category as a class',
    hints: [
      'A flash is shown by whichever page renders next, so the code that shows flashes belongs in one template every page extends.',
      '`get_flashed_messages(with_categories=true)` gives (category, message) pairs; mark each with `class="flash flash-{{ category }}"`, and leave `{% block content %}` for the pages.',
    ],
    checks: ['3.4'],
    steps: [1],
    places: { 'templates/base.html': [{ kind: 'base', at: 'content' }] },
  },
  {
    id: '3.extend',
    todo: 'make this page extend base.html: its title and content in blocks (the error paragraph goes, flashes show it)',
    hints: [
      'Each page keeps only what is its own; the frame and the messages come from base.html.',
      '`{% extends "base.html" %}` first, then `{% block title %}…{% endblock %}` and `{% block content %}…{% endblock %}`.',
    ],
    checks: ['3.1', '3.2', '3.3', '3.4'],
    steps: [2],
    places: {
      'templates/index.html': [{ kind: 'page', rule: '/', at: 'top' }],
      'templates/login.html': [{ kind: 'page', rule: '/login', at: 'top' }],
    },
  },
];
