// `flash-login verify`: the checks of the current lesson (src/verify/ runs them and prints the report).
export { verifyCommand } from '../verify/verify-command.js';
