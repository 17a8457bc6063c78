// Handlebars' one-file build is the same API as the package's main entry.
declare module 'handlebars/dist/handlebars.min.js' {
  import Handlebars from 'handlebars';
  export default Handlebars;
}
