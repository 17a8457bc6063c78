import type { Exercise } from '../exercise.js';

export const exercises: Exercise[] = [
  {
    id: '1.login',
    todo: 'add a /login route (GET and POST) that checks the form against USERS',
    hints: [
      'One view can answer both the GET that shows the form and the POST that sends it: tell them apart with `request.method`.',
      '`@app.route("/login", methods=["GET", "POST"])`; read the fields with `request.form.get("username", "")`; on success `redirect(url_for("index"))`, otherwise render the form again with an error that says "invalid".',
    ],
    checks: ['1.1', '1.2', '1.3'],
    steps: [5],
  },
  {
    id: '1.form',
    todo: 'write the login form: method post, inputs username and password, and the error',
    hints: [
      "A browser sends a form's fields under their `name`; the view reads exactly those names.",
      'A `<form method="post">` with `<input name="username">` and `<input type="password" name="password">`, and `{% if error %}` to show the message.',
    ],
    checks: ['1.1', '1.2'],
    steps: [4],
  },
];
