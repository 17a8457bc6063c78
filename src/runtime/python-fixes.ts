// The two ways to give a project every requirement, as commands to print: kept apart from python.ts,
// so a scaffold that only prints them (create --no-install) loads no Python machinery.

/** The Debian packages that give a system Python every requirement (the offline fallback). */
const DEBIAN_PACKAGES = 'python3-flask python3-flask-login python3-flask-sqlalchemy python3-flaskext.wtf python3-email-validator';
export const APT_FIX = `sudo apt-get install -y ${DEBIAN_PACKAGES}`;
/** A virtual environment with every requirement, made by hand from the project folder (needs a package index). */
export const VENV_FIX = 'python3 -m venv .venv && .venv/bin/pip install -r requirements.txt';
