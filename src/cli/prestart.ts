// bin/flash-login.js loads this first for `flash-login verify`: the app's Python starts while the CLI loads.
import { prestartVerify } from '../verify/prestart.js';

try {
  prestartVerify(process.argv.slice(3));
} catch {
  // Only a head start: verify starts the app itself, and says what is wrong.
}
