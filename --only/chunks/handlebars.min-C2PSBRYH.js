import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  __commonJS
} from "./chunk-YRDI762I.js";

// node_modules/handlebars/dist/handlebars.min.js
var require_handlebars_min = __commonJS({
  "node_modules/handlebars/dist/handlebars.min.js"(exports, module) {
    !(function(a, b) {
      "object" == typeof exports && "object" == typeof module ? module.exports = b() : "function" == typeof define && define.amd ? define([], b) : "object" == typeof exports ? exports.Handlebars = b() : a.Handlebars = b();
    })(exports, function() {
      return (function(a) {
        function b(d) {
          if (c[d]) return c[d].exports;
          var e = c[d] = { exports: {}, id: d, loaded: false };
          return a[d].call(e.exports, e, e.exports, b), e.loaded = true, e.exports;
        }
        var c = {};
        return b.m = a, b.c = c, b.p = "", b(0);
      })([function(a, b, c) {
        "use strict";
        function d() {
          var a2 = r();
          return a2.compile = function(b2, c2) {
            return k.compile(b2, c2, a2);
          }, a2.precompile = function(b2, c2) {
            return k.precompile(b2, c2, a2);
          }, a2.AST = i["default"], a2.Compiler = k.Compiler, a2.JavaScriptCompiler = m["default"], a2.Parser = j.parser, a2.parse = j.parse, a2.parseWithoutProcessing = j.parseWithoutProcessing, a2;
        }
        var e = c(1)["default"];
        b.__esModule = true;
        var f = c(2), g = e(f), h = c(83), i = e(h), j = c(84), k = c(90), l = c(91), m = e(l), n = c(87), o = e(n), p = c(82), q = e(p), r = g["default"].create, s = d();
        s.create = d, q["default"](s), s.Visitor = o["default"], s["default"] = s, b["default"] = s, a.exports = b["default"];
      }, function(a, b) {
        "use strict";
        b["default"] = function(a2) {
          return a2 && a2.__esModule ? a2 : { "default": a2 };
        }, b.__esModule = true;
      }, function(a, b, c) {
        "use strict";
        function d() {
          var a2 = new h.HandlebarsEnvironment();
          return n.extend(a2, h), a2.SafeString = j["default"], a2.Exception = l["default"], a2.Utils = n, a2.escapeExpression = n.escapeExpression, a2.VM = p, a2.template = function(b2) {
            return p.template(b2, a2);
          }, a2;
        }
        var e = c(3)["default"], f = c(1)["default"];
        b.__esModule = true;
        var g = c(4), h = e(g), i = c(76), j = f(i), k = c(6), l = f(k), m = c(5), n = e(m), o = c(77), p = e(o), q = c(82), r = f(q), s = d();
        s.create = d, r["default"](s), s["default"] = s, b["default"] = s, a.exports = b["default"];
      }, function(a, b) {
        "use strict";
        b["default"] = function(a2) {
          if (a2 && a2.__esModule) return a2;
          var b2 = {};
          if (null != a2) for (var c in a2) Object.prototype.hasOwnProperty.call(a2, c) && (b2[c] = a2[c]);
          return b2["default"] = a2, b2;
        }, b.__esModule = true;
      }, function(a, b, c) {
        "use strict";
        function d(a2, b2, c2) {
          this.helpers = a2 || {}, this.partials = b2 || {}, this.decorators = c2 || {}, i.registerDefaultHelpers(this), j.registerDefaultDecorators(this);
        }
        var e = c(1)["default"];
        b.__esModule = true, b.HandlebarsEnvironment = d;
        var f = c(5), g = c(6), h = e(g), i = c(10), j = c(70), k = c(72), l = e(k), m = c(73), n = "4.7.10";
        b.VERSION = n;
        var o = 8;
        b.COMPILER_REVISION = o;
        var p = 7;
        b.LAST_COMPATIBLE_COMPILER_REVISION = p;
        var q = { 1: "<= 1.0.rc.2", 2: "== 1.0.0-rc.3", 3: "== 1.0.0-rc.4", 4: "== 1.x.x", 5: "== 2.0.0-alpha.x", 6: ">= 2.0.0-beta.1", 7: ">= 4.0.0 <4.3.0", 8: ">= 4.3.0" };
        b.REVISION_CHANGES = q;
        var r = "[object Object]";
        d.prototype = { constructor: d, logger: l["default"], log: l["default"].log, registerHelper: function(a2, b2) {
          if (f.toString.call(a2) === r) {
            if (b2) throw new h["default"]("Arg not supported with multiple helpers");
            f.extend(this.helpers, a2);
          } else this.helpers[a2] = b2;
        }, unregisterHelper: function(a2) {
          delete this.helpers[a2];
        }, registerPartial: function(a2, b2) {
          if (f.toString.call(a2) === r) f.extend(this.partials, a2);
          else {
            if ("undefined" == typeof b2) throw new h["default"]('Attempting to register a partial called "' + a2 + '" as undefined');
            this.partials[a2] = b2;
          }
        }, unregisterPartial: function(a2) {
          delete this.partials[a2];
        }, registerDecorator: function(a2, b2) {
          if (f.toString.call(a2) === r) {
            if (b2) throw new h["default"]("Arg not supported with multiple decorators");
            f.extend(this.decorators, a2);
          } else this.decorators[a2] = b2;
        }, unregisterDecorator: function(a2) {
          delete this.decorators[a2];
        }, resetLoggedPropertyAccesses: function() {
          m.resetLoggedProperties();
        } };
        var s = l["default"].log;
        b.log = s, b.createFrame = f.createFrame, b.logger = l["default"];
      }, function(a, b) {
        "use strict";
        function c(a2) {
          return k[a2];
        }
        function d(a2) {
          for (var b2 = 1; b2 < arguments.length; b2++) for (var c2 in arguments[b2]) Object.prototype.hasOwnProperty.call(arguments[b2], c2) && (a2[c2] = arguments[b2][c2]);
          return a2;
        }
        function e(a2, b2) {
          for (var c2 = 0, d2 = a2.length; c2 < d2; c2++) if (a2[c2] === b2) return c2;
          return -1;
        }
        function f(a2) {
          if ("string" != typeof a2) {
            if (a2 && "function" == typeof a2.toHTML) return a2.toHTML();
            if (null == a2) return "";
            if (!a2) return a2 + "";
            a2 = "" + a2;
          }
          return m.test(a2) ? a2.replace(l, c) : a2;
        }
        function g(a2) {
          return !a2 && 0 !== a2 || !(!p(a2) || 0 !== a2.length);
        }
        function h(a2) {
          var b2 = d({}, a2);
          return b2._parent = a2, b2;
        }
        function i(a2, b2) {
          return a2.path = b2, a2;
        }
        function j(a2, b2) {
          return (a2 ? a2 + "." : "") + b2;
        }
        b.__esModule = true, b.extend = d, b.indexOf = e, b.escapeExpression = f, b.isEmpty = g, b.createFrame = h, b.blockParams = i, b.appendContextPath = j;
        var k = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "`": "&#x60;", "=": "&#x3D;" }, l = /[&<>"'`=]/g, m = /[&<>"'`=]/, n = Object.prototype.toString;
        b.toString = n;
        var o = function(a2) {
          return "function" == typeof a2;
        };
        o(/x/) && (b.isFunction = o = function(a2) {
          return "function" == typeof a2 && "[object Function]" === n.call(a2);
        }), b.isFunction = o;
        var p = Array.isArray || function(a2) {
          return !(!a2 || "object" != typeof a2) && "[object Array]" === n.call(a2);
        };
        b.isArray = p;
      }, function(a, b, c) {
        "use strict";
        function d(a2, b2) {
          var c2 = b2 && b2.loc, g = void 0, h = void 0, i = void 0, j = void 0;
          c2 && c2.start && (g = c2.start.line, i = c2.start.column, c2.end && (h = c2.end.line, j = c2.end.column), a2 += " - " + g + ":" + i);
          for (var k = Error.prototype.constructor.call(this, a2), l = 0; l < f.length; l++) this[f[l]] = k[f[l]];
          Error.captureStackTrace && Error.captureStackTrace(this, d);
          try {
            c2 && (this.lineNumber = g, this.endLineNumber = h, e ? (Object.defineProperty(this, "column", { value: i, enumerable: true }), Object.defineProperty(this, "endColumn", { value: j, enumerable: true })) : (this.column = i, this.endColumn = j));
          } catch (m) {
          }
        }
        var e = c(7)["default"];
        b.__esModule = true;
        var f = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
        d.prototype = new Error(), b["default"] = d, a.exports = b["default"];
      }, function(a, b, c) {
        a.exports = { "default": c(8), __esModule: true };
      }, function(a, b, c) {
        var d = c(9);
        a.exports = function(a2, b2, c2) {
          return d.setDesc(a2, b2, c2);
        };
      }, function(a, b) {
        var c = Object;
        a.exports = { create: c.create, getProto: c.getPrototypeOf, isEnum: {}.propertyIsEnumerable, getDesc: c.getOwnPropertyDescriptor, setDesc: c.defineProperty, setDescs: c.defineProperties, getKeys: c.keys, getNames: c.getOwnPropertyNames, getSymbols: c.getOwnPropertySymbols, each: [].forEach };
      }, function(a, b, c) {
        "use strict";
        function d(a2) {
          h["default"](a2), j["default"](a2), l["default"](a2), n["default"](a2), p["default"](a2), r["default"](a2), t["default"](a2);
        }
        function e(a2, b2, c2) {
          a2.helpers[b2] && (a2.hooks[b2] = a2.helpers[b2], c2 || (a2.helpers[b2] = void 0));
        }
        var f = c(1)["default"];
        b.__esModule = true, b.registerDefaultHelpers = d, b.moveHelperToHooks = e;
        var g = c(11), h = f(g), i = c(12), j = f(i), k = c(65), l = f(k), m = c(66), n = f(m), o = c(67), p = f(o), q = c(68), r = f(q), s = c(69), t = f(s);
      }, function(a, b, c) {
        "use strict";
        b.__esModule = true;
        var d = c(5);
        b["default"] = function(a2) {
          a2.registerHelper("blockHelperMissing", function(b2, c2) {
            var e = c2.inverse, f = c2.fn;
            if (b2 === true) return f(this);
            if (b2 === false || null == b2) return e(this);
            if (d.isArray(b2)) return b2.length > 0 ? (c2.ids && (c2.ids = [c2.name]), a2.helpers.each(b2, c2)) : e(this);
            if (c2.data && c2.ids) {
              var g = d.createFrame(c2.data);
              g.contextPath = d.appendContextPath(c2.data.contextPath, c2.name), c2 = { data: g };
            }
            return f(b2, c2);
          });
        }, a.exports = b["default"];
      }, function(a, b, c) {
        "use strict";
        function d(a2) {
          try {
            var b2 = a2["return"];
            j.isFunction(b2) && b2.call(a2);
          } catch (c2) {
          }
        }
        var e = c(13)["default"], f = c(43)["default"], g = c(55)["default"], h = c(60)["default"], i = c(1)["default"];
        b.__esModule = true;
        var j = c(5), k = c(6), l = i(k);
        b["default"] = function(a2) {
          a2.registerHelper("each", function(a3, b2) {
            function c2(a4, b3, c3, d2) {
              o && (o.key = a4, o.index = b3, o.first = 0 === b3, o.last = !!c3, p && (o.contextPath = p + a4)), n += i2(d2, { data: o, blockParams: j.blockParams([d2, a4], [p + a4, null]) });
            }
            if (!b2) throw new l["default"]("Must pass iterator to #each");
            var i2 = b2.fn, k2 = b2.inverse, m = 0, n = "", o = void 0, p = void 0;
            if (b2.data && b2.ids && (p = j.appendContextPath(b2.data.contextPath, b2.ids[0]) + "."), j.isFunction(a3) && (a3 = a3.call(this)), b2.data && (o = j.createFrame(b2.data)), a3 && "object" == typeof a3) if (j.isArray(a3)) for (var q = a3.length; m < q; m++) m in a3 && c2(m, m, m === a3.length - 1, a3[m]);
            else if ("function" == typeof e && a3[f]) for (var r = g(a3), s = r.next(); !s.done; ) {
              var t = r.next();
              try {
                c2(m, m, t.done, s.value);
              } catch (u) {
                throw t.done || d(r), u;
              }
              s = t, m++;
            }
            else !(function() {
              var b3 = void 0;
              h(a3).forEach(function(d2) {
                void 0 !== b3 && c2(b3, m - 1, false, a3[b3]), b3 = d2, m++;
              }), void 0 !== b3 && c2(b3, m - 1, true, a3[b3]);
            })();
            return 0 === m && (n = k2(this)), n;
          });
        }, a.exports = b["default"];
      }, function(a, b, c) {
        a.exports = { "default": c(14), __esModule: true };
      }, function(a, b, c) {
        c(15), c(42), a.exports = c(21).Symbol;
      }, function(a, b, c) {
        "use strict";
        var d = c(9), e = c(16), f = c(17), g = c(18), h = c(20), i = c(24), j = c(19), k = c(27), l = c(28), m = c(30), n = c(29), o = c(31), p = c(36), q = c(37), r = c(38), s = c(39), t = c(32), u = c(26), v = d.getDesc, w = d.setDesc, x = d.create, y = p.get, z = e.Symbol, A = e.JSON, B = A && A.stringify, C = false, D = n("_hidden"), E = d.isEnum, F = k("symbol-registry"), G = k("symbols"), H = "function" == typeof z, I = Object.prototype, J = g && j(function() {
          return 7 != x(w({}, "a", { get: function() {
            return w(this, "a", { value: 7 }).a;
          } })).a;
        }) ? function(a2, b2, c2) {
          var d2 = v(I, b2);
          d2 && delete I[b2], w(a2, b2, c2), d2 && a2 !== I && w(I, b2, d2);
        } : w, K = function(a2) {
          var b2 = G[a2] = x(z.prototype);
          return b2._k = a2, g && C && J(I, a2, { configurable: true, set: function(b3) {
            f(this, D) && f(this[D], a2) && (this[D][a2] = false), J(this, a2, u(1, b3));
          } }), b2;
        }, L = function(a2) {
          return "symbol" == typeof a2;
        }, M = function(a2, b2, c2) {
          return c2 && f(G, b2) ? (c2.enumerable ? (f(a2, D) && a2[D][b2] && (a2[D][b2] = false), c2 = x(c2, { enumerable: u(0, false) })) : (f(a2, D) || w(a2, D, u(1, {})), a2[D][b2] = true), J(a2, b2, c2)) : w(a2, b2, c2);
        }, N = function(a2, b2) {
          s(a2);
          for (var c2, d2 = q(b2 = t(b2)), e2 = 0, f2 = d2.length; f2 > e2; ) M(a2, c2 = d2[e2++], b2[c2]);
          return a2;
        }, O = function(a2, b2) {
          return void 0 === b2 ? x(a2) : N(x(a2), b2);
        }, P = function(a2) {
          var b2 = E.call(this, a2);
          return !(b2 || !f(this, a2) || !f(G, a2) || f(this, D) && this[D][a2]) || b2;
        }, Q = function(a2, b2) {
          var c2 = v(a2 = t(a2), b2);
          return !c2 || !f(G, b2) || f(a2, D) && a2[D][b2] || (c2.enumerable = true), c2;
        }, R = function(a2) {
          for (var b2, c2 = y(t(a2)), d2 = [], e2 = 0; c2.length > e2; ) f(G, b2 = c2[e2++]) || b2 == D || d2.push(b2);
          return d2;
        }, S = function(a2) {
          for (var b2, c2 = y(t(a2)), d2 = [], e2 = 0; c2.length > e2; ) f(G, b2 = c2[e2++]) && d2.push(G[b2]);
          return d2;
        }, T = function(a2) {
          if (void 0 !== a2 && !L(a2)) {
            for (var b2, c2, d2 = [a2], e2 = 1, f2 = arguments; f2.length > e2; ) d2.push(f2[e2++]);
            return b2 = d2[1], "function" == typeof b2 && (c2 = b2), !c2 && r(b2) || (b2 = function(a3, b3) {
              if (c2 && (b3 = c2.call(this, a3, b3)), !L(b3)) return b3;
            }), d2[1] = b2, B.apply(A, d2);
          }
        }, U = j(function() {
          var a2 = z();
          return "[null]" != B([a2]) || "{}" != B({ a: a2 }) || "{}" != B(Object(a2));
        });
        H || (z = function() {
          if (L(this)) throw TypeError("Symbol is not a constructor");
          return K(m(arguments.length > 0 ? arguments[0] : void 0));
        }, i(z.prototype, "toString", function() {
          return this._k;
        }), L = function(a2) {
          return a2 instanceof z;
        }, d.create = O, d.isEnum = P, d.getDesc = Q, d.setDesc = M, d.setDescs = N, d.getNames = p.get = R, d.getSymbols = S, g && !c(41) && i(I, "propertyIsEnumerable", P, true));
        var V = { "for": function(a2) {
          return f(F, a2 += "") ? F[a2] : F[a2] = z(a2);
        }, keyFor: function(a2) {
          return o(F, a2);
        }, useSetter: function() {
          C = true;
        }, useSimple: function() {
          C = false;
        } };
        d.each.call("hasInstance,isConcatSpreadable,iterator,match,replace,search,species,split,toPrimitive,toStringTag,unscopables".split(","), function(a2) {
          var b2 = n(a2);
          V[a2] = H ? b2 : K(b2);
        }), C = true, h(h.G + h.W, { Symbol: z }), h(h.S, "Symbol", V), h(h.S + h.F * !H, "Object", { create: O, defineProperty: M, defineProperties: N, getOwnPropertyDescriptor: Q, getOwnPropertyNames: R, getOwnPropertySymbols: S }), A && h(h.S + h.F * (!H || U), "JSON", { stringify: T }), l(z, "Symbol"), l(Math, "Math", true), l(e.JSON, "JSON", true);
      }, function(a, b) {
        var c = a.exports = "undefined" != typeof window && window.Math == Math ? window : "undefined" != typeof self && self.Math == Math ? self : Function("return this")();
        "number" == typeof __g && (__g = c);
      }, function(a, b) {
        var c = {}.hasOwnProperty;
        a.exports = function(a2, b2) {
          return c.call(a2, b2);
        };
      }, function(a, b, c) {
        a.exports = !c(19)(function() {
          return 7 != Object.defineProperty({}, "a", { get: function() {
            return 7;
          } }).a;
        });
      }, function(a, b) {
        a.exports = function(a2) {
          try {
            return !!a2();
          } catch (b2) {
            return true;
          }
        };
      }, function(a, b, c) {
        var d = c(16), e = c(21), f = c(22), g = "prototype", h = function(a2, b2, c2) {
          var i, j, k, l = a2 & h.F, m = a2 & h.G, n = a2 & h.S, o = a2 & h.P, p = a2 & h.B, q = a2 & h.W, r = m ? e : e[b2] || (e[b2] = {}), s = m ? d : n ? d[b2] : (d[b2] || {})[g];
          m && (c2 = b2);
          for (i in c2) j = !l && s && i in s, j && i in r || (k = j ? s[i] : c2[i], r[i] = m && "function" != typeof s[i] ? c2[i] : p && j ? f(k, d) : q && s[i] == k ? (function(a3) {
            var b3 = function(b4) {
              return this instanceof a3 ? new a3(b4) : a3(b4);
            };
            return b3[g] = a3[g], b3;
          })(k) : o && "function" == typeof k ? f(Function.call, k) : k, o && ((r[g] || (r[g] = {}))[i] = k));
        };
        h.F = 1, h.G = 2, h.S = 4, h.P = 8, h.B = 16, h.W = 32, a.exports = h;
      }, function(a, b) {
        var c = a.exports = { version: "1.2.6" };
        "number" == typeof __e && (__e = c);
      }, function(a, b, c) {
        var d = c(23);
        a.exports = function(a2, b2, c2) {
          if (d(a2), void 0 === b2) return a2;
          switch (c2) {
            case 1:
              return function(c3) {
                return a2.call(b2, c3);
              };
            case 2:
              return function(c3, d2) {
                return a2.call(b2, c3, d2);
              };
            case 3:
              return function(c3, d2, e) {
                return a2.call(b2, c3, d2, e);
              };
          }
          return function() {
            return a2.apply(b2, arguments);
          };
        };
      }, function(a, b) {
        a.exports = function(a2) {
          if ("function" != typeof a2) throw TypeError(a2 + " is not a function!");
          return a2;
        };
      }, function(a, b, c) {
        a.exports = c(25);
      }, function(a, b, c) {
        var d = c(9), e = c(26);
        a.exports = c(18) ? function(a2, b2, c2) {
          return d.setDesc(a2, b2, e(1, c2));
        } : function(a2, b2, c2) {
          return a2[b2] = c2, a2;
        };
      }, function(a, b) {
        a.exports = function(a2, b2) {
          return { enumerable: !(1 & a2), configurable: !(2 & a2), writable: !(4 & a2), value: b2 };
        };
      }, function(a, b, c) {
        var d = c(16), e = "__core-js_shared__", f = d[e] || (d[e] = {});
        a.exports = function(a2) {
          return f[a2] || (f[a2] = {});
        };
      }, function(a, b, c) {
        var d = c(9).setDesc, e = c(17), f = c(29)("toStringTag");
        a.exports = function(a2, b2, c2) {
          a2 && !e(a2 = c2 ? a2 : a2.prototype, f) && d(a2, f, { configurable: true, value: b2 });
        };
      }, function(a, b, c) {
        var d = c(27)("wks"), e = c(30), f = c(16).Symbol;
        a.exports = function(a2) {
          return d[a2] || (d[a2] = f && f[a2] || (f || e)("Symbol." + a2));
        };
      }, function(a, b) {
        var c = 0, d = Math.random();
        a.exports = function(a2) {
          return "Symbol(".concat(void 0 === a2 ? "" : a2, ")_", (++c + d).toString(36));
        };
      }, function(a, b, c) {
        var d = c(9), e = c(32);
        a.exports = function(a2, b2) {
          for (var c2, f = e(a2), g = d.getKeys(f), h = g.length, i = 0; h > i; ) if (f[c2 = g[i++]] === b2) return c2;
        };
      }, function(a, b, c) {
        var d = c(33), e = c(35);
        a.exports = function(a2) {
          return d(e(a2));
        };
      }, function(a, b, c) {
        var d = c(34);
        a.exports = Object("z").propertyIsEnumerable(0) ? Object : function(a2) {
          return "String" == d(a2) ? a2.split("") : Object(a2);
        };
      }, function(a, b) {
        var c = {}.toString;
        a.exports = function(a2) {
          return c.call(a2).slice(8, -1);
        };
      }, function(a, b) {
        a.exports = function(a2) {
          if (void 0 == a2) throw TypeError("Can't call method on  " + a2);
          return a2;
        };
      }, function(a, b, c) {
        var d = c(32), e = c(9).getNames, f = {}.toString, g = "object" == typeof window && Object.getOwnPropertyNames ? Object.getOwnPropertyNames(window) : [], h = function(a2) {
          try {
            return e(a2);
          } catch (b2) {
            return g.slice();
          }
        };
        a.exports.get = function(a2) {
          return g && "[object Window]" == f.call(a2) ? h(a2) : e(d(a2));
        };
      }, function(a, b, c) {
        var d = c(9);
        a.exports = function(a2) {
          var b2 = d.getKeys(a2), c2 = d.getSymbols;
          if (c2) for (var e, f = c2(a2), g = d.isEnum, h = 0; f.length > h; ) g.call(a2, e = f[h++]) && b2.push(e);
          return b2;
        };
      }, function(a, b, c) {
        var d = c(34);
        a.exports = Array.isArray || function(a2) {
          return "Array" == d(a2);
        };
      }, function(a, b, c) {
        var d = c(40);
        a.exports = function(a2) {
          if (!d(a2)) throw TypeError(a2 + " is not an object!");
          return a2;
        };
      }, function(a, b) {
        a.exports = function(a2) {
          return "object" == typeof a2 ? null !== a2 : "function" == typeof a2;
        };
      }, function(a, b) {
        a.exports = true;
      }, function(a, b) {
      }, function(a, b, c) {
        a.exports = { "default": c(44), __esModule: true };
      }, function(a, b, c) {
        c(45), c(51), a.exports = c(29)("iterator");
      }, function(a, b, c) {
        "use strict";
        var d = c(46)(true);
        c(48)(String, "String", function(a2) {
          this._t = String(a2), this._i = 0;
        }, function() {
          var a2, b2 = this._t, c2 = this._i;
          return c2 >= b2.length ? { value: void 0, done: true } : (a2 = d(b2, c2), this._i += a2.length, { value: a2, done: false });
        });
      }, function(a, b, c) {
        var d = c(47), e = c(35);
        a.exports = function(a2) {
          return function(b2, c2) {
            var f, g, h = String(e(b2)), i = d(c2), j = h.length;
            return i < 0 || i >= j ? a2 ? "" : void 0 : (f = h.charCodeAt(i), f < 55296 || f > 56319 || i + 1 === j || (g = h.charCodeAt(i + 1)) < 56320 || g > 57343 ? a2 ? h.charAt(i) : f : a2 ? h.slice(i, i + 2) : (f - 55296 << 10) + (g - 56320) + 65536);
          };
        };
      }, function(a, b) {
        var c = Math.ceil, d = Math.floor;
        a.exports = function(a2) {
          return isNaN(a2 = +a2) ? 0 : (a2 > 0 ? d : c)(a2);
        };
      }, function(a, b, c) {
        "use strict";
        var d = c(41), e = c(20), f = c(24), g = c(25), h = c(17), i = c(49), j = c(50), k = c(28), l = c(9).getProto, m = c(29)("iterator"), n = !([].keys && "next" in [].keys()), o = "@@iterator", p = "keys", q = "values", r = function() {
          return this;
        };
        a.exports = function(a2, b2, c2, s, t, u, v) {
          j(c2, b2, s);
          var w, x, y = function(a3) {
            if (!n && a3 in C) return C[a3];
            switch (a3) {
              case p:
                return function() {
                  return new c2(this, a3);
                };
              case q:
                return function() {
                  return new c2(this, a3);
                };
            }
            return function() {
              return new c2(this, a3);
            };
          }, z = b2 + " Iterator", A = t == q, B = false, C = a2.prototype, D = C[m] || C[o] || t && C[t], E = D || y(t);
          if (D) {
            var F = l(E.call(new a2()));
            k(F, z, true), !d && h(C, o) && g(F, m, r), A && D.name !== q && (B = true, E = function() {
              return D.call(this);
            });
          }
          if (d && !v || !n && !B && C[m] || g(C, m, E), i[b2] = E, i[z] = r, t) if (w = { values: A ? E : y(q), keys: u ? E : y(p), entries: A ? y("entries") : E }, v) for (x in w) x in C || f(C, x, w[x]);
          else e(e.P + e.F * (n || B), b2, w);
          return w;
        };
      }, function(a, b) {
        a.exports = {};
      }, function(a, b, c) {
        "use strict";
        var d = c(9), e = c(26), f = c(28), g = {};
        c(25)(g, c(29)("iterator"), function() {
          return this;
        }), a.exports = function(a2, b2, c2) {
          a2.prototype = d.create(g, { next: e(1, c2) }), f(a2, b2 + " Iterator");
        };
      }, function(a, b, c) {
        c(52);
        var d = c(49);
        d.NodeList = d.HTMLCollection = d.Array;
      }, function(a, b, c) {
        "use strict";
        var d = c(53), e = c(54), f = c(49), g = c(32);
        a.exports = c(48)(Array, "Array", function(a2, b2) {
          this._t = g(a2), this._i = 0, this._k = b2;
        }, function() {
          var a2 = this._t, b2 = this._k, c2 = this._i++;
          return !a2 || c2 >= a2.length ? (this._t = void 0, e(1)) : "keys" == b2 ? e(0, c2) : "values" == b2 ? e(0, a2[c2]) : e(0, [c2, a2[c2]]);
        }, "values"), f.Arguments = f.Array, d("keys"), d("values"), d("entries");
      }, function(a, b) {
        a.exports = function() {
        };
      }, function(a, b) {
        a.exports = function(a2, b2) {
          return { value: b2, done: !!a2 };
        };
      }, function(a, b, c) {
        a.exports = { "default": c(56), __esModule: true };
      }, function(a, b, c) {
        c(51), c(45), a.exports = c(57);
      }, function(a, b, c) {
        var d = c(39), e = c(58);
        a.exports = c(21).getIterator = function(a2) {
          var b2 = e(a2);
          if ("function" != typeof b2) throw TypeError(a2 + " is not iterable!");
          return d(b2.call(a2));
        };
      }, function(a, b, c) {
        var d = c(59), e = c(29)("iterator"), f = c(49);
        a.exports = c(21).getIteratorMethod = function(a2) {
          if (void 0 != a2) return a2[e] || a2["@@iterator"] || f[d(a2)];
        };
      }, function(a, b, c) {
        var d = c(34), e = c(29)("toStringTag"), f = "Arguments" == d(/* @__PURE__ */ (function() {
          return arguments;
        })());
        a.exports = function(a2) {
          var b2, c2, g;
          return void 0 === a2 ? "Undefined" : null === a2 ? "Null" : "string" == typeof (c2 = (b2 = Object(a2))[e]) ? c2 : f ? d(b2) : "Object" == (g = d(b2)) && "function" == typeof b2.callee ? "Arguments" : g;
        };
      }, function(a, b, c) {
        a.exports = { "default": c(61), __esModule: true };
      }, function(a, b, c) {
        c(62), a.exports = c(21).Object.keys;
      }, function(a, b, c) {
        var d = c(63);
        c(64)("keys", function(a2) {
          return function(b2) {
            return a2(d(b2));
          };
        });
      }, function(a, b, c) {
        var d = c(35);
        a.exports = function(a2) {
          return Object(d(a2));
        };
      }, function(a, b, c) {
        var d = c(20), e = c(21), f = c(19);
        a.exports = function(a2, b2) {
          var c2 = (e.Object || {})[a2] || Object[a2], g = {};
          g[a2] = b2(c2), d(d.S + d.F * f(function() {
            c2(1);
          }), "Object", g);
        };
      }, function(a, b, c) {
        "use strict";
        var d = c(1)["default"];
        b.__esModule = true;
        var e = c(6), f = d(e);
        b["default"] = function(a2) {
          a2.registerHelper("helperMissing", function() {
            if (1 !== arguments.length) throw new f["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
          });
        }, a.exports = b["default"];
      }, function(a, b, c) {
        "use strict";
        var d = c(1)["default"];
        b.__esModule = true;
        var e = c(5), f = c(6), g = d(f);
        b["default"] = function(a2) {
          a2.registerHelper("if", function(a3, b2) {
            if (2 != arguments.length) throw new g["default"]("#if requires exactly one argument");
            return e.isFunction(a3) && (a3 = a3.call(this)), !b2.hash.includeZero && !a3 || e.isEmpty(a3) ? b2.inverse(this) : b2.fn(this);
          }), a2.registerHelper("unless", function(b2, c2) {
            if (2 != arguments.length) throw new g["default"]("#unless requires exactly one argument");
            return a2.helpers["if"].call(this, b2, { fn: c2.inverse, inverse: c2.fn, hash: c2.hash });
          });
        }, a.exports = b["default"];
      }, function(a, b) {
        "use strict";
        b.__esModule = true, b["default"] = function(a2) {
          a2.registerHelper("log", function() {
            for (var b2 = [void 0], c = arguments[arguments.length - 1], d = 0; d < arguments.length - 1; d++) b2.push(arguments[d]);
            var e = 1;
            null != c.hash.level ? e = c.hash.level : c.data && null != c.data.level && (e = c.data.level), b2[0] = e, a2.log.apply(a2, b2);
          });
        }, a.exports = b["default"];
      }, function(a, b) {
        "use strict";
        b.__esModule = true, b["default"] = function(a2) {
          a2.registerHelper("lookup", function(a3, b2, c) {
            return a3 ? c.lookupProperty(a3, b2) : a3;
          });
        }, a.exports = b["default"];
      }, function(a, b, c) {
        "use strict";
        var d = c(1)["default"];
        b.__esModule = true;
        var e = c(5), f = c(6), g = d(f);
        b["default"] = function(a2) {
          a2.registerHelper("with", function(a3, b2) {
            if (2 != arguments.length) throw new g["default"]("#with requires exactly one argument");
            e.isFunction(a3) && (a3 = a3.call(this));
            var c2 = b2.fn;
            if (e.isEmpty(a3)) return b2.inverse(this);
            var d2 = b2.data;
            return b2.data && b2.ids && (d2 = e.createFrame(b2.data), d2.contextPath = e.appendContextPath(b2.data.contextPath, b2.ids[0])), c2(a3, { data: d2, blockParams: e.blockParams([a3], [d2 && d2.contextPath]) });
          });
        }, a.exports = b["default"];
      }, function(a, b, c) {
        "use strict";
        function d(a2) {
          g["default"](a2);
        }
        var e = c(1)["default"];
        b.__esModule = true, b.registerDefaultDecorators = d;
        var f = c(71), g = e(f);
      }, function(a, b, c) {
        "use strict";
        b.__esModule = true;
        var d = c(5);
        b["default"] = function(a2) {
          a2.registerDecorator("inline", function(a3, b2, c2, e) {
            var f = a3;
            return b2.partials || (b2.partials = {}, f = function(e2, f2) {
              var g = c2.partials;
              c2.partials = d.extend({}, g, b2.partials);
              var h = a3(e2, f2);
              return c2.partials = g, h;
            }), b2.partials[e.args[0]] = e.fn, f;
          });
        }, a.exports = b["default"];
      }, function(a, b, c) {
        "use strict";
        b.__esModule = true;
        var d = c(5), e = { methodMap: ["debug", "info", "warn", "error"], level: "info", lookupLevel: function(a2) {
          if ("string" == typeof a2) {
            var b2 = d.indexOf(e.methodMap, a2.toLowerCase());
            a2 = b2 >= 0 ? b2 : parseInt(a2, 10);
          }
          return a2;
        }, log: function(a2) {
          if (a2 = e.lookupLevel(a2), "undefined" != typeof console && e.lookupLevel(e.level) <= a2) {
            var b2 = e.methodMap[a2];
            console[b2] || (b2 = "log");
            for (var c2 = arguments.length, d2 = Array(c2 > 1 ? c2 - 1 : 0), f = 1; f < c2; f++) d2[f - 1] = arguments[f];
            console[b2].apply(console, d2);
          }
        } };
        b["default"] = e, a.exports = b["default"];
      }, function(a, b, c) {
        "use strict";
        function d(a2) {
          var b2 = j(null);
          b2.__proto__ = false, m.extend(b2, a2.allowedProtoProperties);
          var c2 = j(null);
          return c2.constructor = false, c2.__defineGetter__ = false, c2.__defineSetter__ = false, c2.__lookupGetter__ = false, c2.__lookupSetter__ = false, m.extend(c2, a2.allowedProtoMethods), { properties: { whitelist: b2, defaultValue: a2.allowProtoPropertiesByDefault }, methods: { whitelist: c2, defaultValue: a2.allowProtoMethodsByDefault } };
        }
        function e(a2, b2, c2) {
          return "function" == typeof a2 ? g(b2.methods, c2) : g(b2.properties, c2);
        }
        function f(a2, b2, c2) {
          return "constructor" === b2 && "function" == typeof c2 && a2 === c2.prototype;
        }
        function g(a2, b2) {
          return void 0 !== a2.whitelist[b2] ? a2.whitelist[b2] === true : void 0 !== a2.defaultValue ? a2.defaultValue : (h(b2), false);
        }
        function h(a2) {
          p[a2] !== true && (p[a2] = true, o["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + a2 + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details'));
        }
        function i() {
          k(p).forEach(function(a2) {
            delete p[a2];
          });
        }
        var j = c(74)["default"], k = c(60)["default"], l = c(1)["default"];
        b.__esModule = true, b.createProtoAccessControl = d, b.resultIsAllowed = e, b.isPrototypeConstructor = f, b.resetLoggedProperties = i;
        var m = c(5), n = c(72), o = l(n), p = j(null);
      }, function(a, b, c) {
        a.exports = { "default": c(75), __esModule: true };
      }, function(a, b, c) {
        var d = c(9);
        a.exports = function(a2, b2) {
          return d.create(a2, b2);
        };
      }, function(a, b) {
        "use strict";
        function c(a2) {
          this.string = a2;
        }
        b.__esModule = true, c.prototype.toString = c.prototype.toHTML = function() {
          return "" + this.string;
        }, b["default"] = c, a.exports = b["default"];
      }, function(a, b, c) {
        "use strict";
        function d(a2) {
          var b2 = a2 && a2[0] || 1, c2 = w.COMPILER_REVISION;
          if (!(b2 >= w.LAST_COMPATIBLE_COMPILER_REVISION && b2 <= w.COMPILER_REVISION)) {
            if (b2 < w.LAST_COMPATIBLE_COMPILER_REVISION) {
              var d2 = w.REVISION_CHANGES[c2], e2 = w.REVISION_CHANGES[b2];
              throw new v["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + d2 + ") or downgrade your runtime to an older version (" + e2 + ").");
            }
            throw new v["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + a2[1] + ").");
          }
        }
        function e(a2, b2) {
          function c2(c3, d3, e3) {
            e3.hash && (d3 = t.extend({}, d3, e3.hash), e3.ids && (e3.ids[0] = true)), c3 = b2.VM.resolvePartial.call(this, c3, d3, e3), e3.hooks = this.hooks, e3.protoAccessControl = this.protoAccessControl;
            var f2 = b2.VM.invokePartial.call(this, c3, d3, e3);
            if (null == f2 && t.isFunction(c3)) throw new v["default"]("The partial " + e3.name + " returned no output: partials must return a string");
            if (null == f2 && b2.compile) {
              if ("string" != typeof c3) throw new v["default"]("The partial " + e3.name + " could not be compiled: partials must be strings or functions returning strings");
              e3.partials[e3.name] = b2.compile(c3, a2.compilerOptions, b2), f2 = e3.partials[e3.name](d3, e3);
            }
            if (null != f2) {
              if (e3.indent) {
                for (var g3 = f2.split("\n"), h2 = 0, i2 = g3.length; h2 < i2 && (g3[h2] || h2 + 1 !== i2); h2++) g3[h2] = e3.indent + g3[h2];
                f2 = g3.join("\n");
              }
              return f2;
            }
            throw new v["default"]("The partial " + e3.name + " could not be compiled when running in runtime-only mode");
          }
          function d2(b3) {
            function c3(b4) {
              return "" + a2.main(g2, b4, g2.helpers, g2.partials, f2, i2, h2);
            }
            var e3 = arguments.length <= 1 || void 0 === arguments[1] ? {} : arguments[1], f2 = e3.data;
            d2._setup(e3), !e3.partial && a2.useData && (f2 = k(b3, f2));
            var h2 = void 0, i2 = a2.useBlockParams ? [] : void 0;
            return a2.useDepths && (h2 = e3.depths ? b3 != e3.depths[0] ? [b3].concat(e3.depths) : e3.depths : [b3]), (c3 = l(a2.main, c3, g2, e3.depths || [], f2, i2))(b3, e3);
          }
          if (!b2) throw new v["default"]("No environment passed to template");
          if (!a2 || !a2.main) throw new v["default"]("Unknown template object: " + typeof a2);
          a2.main.decorator = a2.main_d, b2.VM.checkRevision(a2.compiler);
          var e2 = a2.compiler && 7 === a2.compiler[0], g2 = { strict: function(a3, b3, c3) {
            if (!(a3 && b3 in a3)) throw new v["default"]('"' + b3 + '" not defined in ' + a3, { loc: c3 });
            return g2.lookupProperty(a3, b3);
          }, lookupProperty: function(a3, b3) {
            var c3 = a3[b3];
            return null == c3 ? c3 : Object.prototype.hasOwnProperty.call(a3, b3) && !z.isPrototypeConstructor(a3, b3, c3) ? c3 : z.resultIsAllowed(c3, g2.protoAccessControl, b3) ? c3 : void 0;
          }, lookup: function(a3, b3) {
            for (var c3 = a3.length, d3 = 0; d3 < c3; d3++) {
              var e3 = a3[d3] && g2.lookupProperty(a3[d3], b3);
              if (null != e3) return e3;
            }
          }, lambda: function(a3, b3) {
            return "function" == typeof a3 ? a3.call(b3) : a3;
          }, escapeExpression: t.escapeExpression, invokePartial: c2, fn: function(b3) {
            var c3 = a2[b3];
            return c3.decorator = a2[b3 + "_d"], c3;
          }, programs: [], program: function(a3, b3, c3, d3, e3) {
            var g3 = this.programs[a3], h2 = this.fn(a3);
            return b3 || e3 || d3 || c3 ? g3 = f(this, a3, h2, b3, c3, d3, e3) : g3 || (g3 = this.programs[a3] = f(this, a3, h2)), g3;
          }, data: function(a3, b3) {
            for (; a3 && b3--; ) a3 = a3._parent;
            return a3;
          }, mergeIfNeeded: function(a3, b3) {
            var c3 = a3 || b3;
            return a3 && b3 && a3 !== b3 && (c3 = t.extend({}, b3, a3)), c3;
          }, nullContext: o({}), noop: b2.VM.noop, compilerInfo: a2.compiler };
          return d2.isTop = true, d2._setup = function(c3) {
            if (c3.partial) g2.protoAccessControl = c3.protoAccessControl, g2.helpers = c3.helpers, g2.partials = c3.partials, g2.decorators = c3.decorators, g2.hooks = c3.hooks;
            else {
              var d3 = {};
              m(d3, b2.helpers, g2), m(d3, c3.helpers, g2), g2.helpers = d3, a2.usePartial && (g2.partials = g2.mergeIfNeeded(c3.partials, b2.partials)), (a2.usePartial || a2.useDecorators) && (g2.decorators = t.extend({}, b2.decorators, c3.decorators)), g2.hooks = {}, g2.protoAccessControl = z.createProtoAccessControl(c3);
              var f2 = c3.allowCallsToHelperMissing || e2;
              x.moveHelperToHooks(g2, "helperMissing", f2), x.moveHelperToHooks(g2, "blockHelperMissing", f2);
            }
          }, d2._child = function(b3, c3, d3, e3) {
            if (a2.useBlockParams && !d3) throw new v["default"]("must pass block params");
            if (a2.useDepths && !e3) throw new v["default"]("must pass parent depths");
            return f(g2, b3, a2[b3], c3, 0, d3, e3);
          }, d2;
        }
        function f(a2, b2, c2, d2, e2, f2, g2) {
          function h2(b3) {
            var e3 = arguments.length <= 1 || void 0 === arguments[1] ? {} : arguments[1], h3 = g2;
            return !g2 || b3 == g2[0] || b3 === a2.nullContext && null === g2[0] || (h3 = [b3].concat(g2)), c2(a2, b3, a2.helpers, a2.partials, e3.data || d2, f2 && [e3.blockParams].concat(f2), h3);
          }
          return h2 = l(c2, h2, a2, g2, d2, f2), h2.program = b2, h2.depth = g2 ? g2.length : 0, h2.blockParams = e2 || 0, h2;
        }
        function g(a2, b2, c2) {
          return a2 ? "function" == typeof a2 || c2.name || (c2.name = a2, a2 = j(c2.partials, a2)) : a2 = "@partial-block" === c2.name ? j(c2.data, "partial-block") : j(c2.partials, c2.name), a2;
        }
        function h(a2, b2, c2) {
          var d2 = j(c2.data, "partial-block");
          c2.partial = true, c2.ids && (c2.data.contextPath = c2.ids[0] || c2.data.contextPath);
          var e2 = void 0;
          if (c2.fn && c2.fn !== i && !(function() {
            c2.data = w.createFrame(c2.data);
            var a3 = c2.fn;
            e2 = c2.data["partial-block"] = function(b3) {
              var c3 = arguments.length <= 1 || void 0 === arguments[1] ? {} : arguments[1];
              return c3.data = w.createFrame(c3.data), c3.data["partial-block"] = d2, a3(b3, c3);
            }, a3.partials && (c2.partials = t.extend({}, c2.partials, a3.partials));
          })(), void 0 === a2 && e2 && (a2 = e2), void 0 === a2) throw new v["default"]("The partial " + c2.name + " could not be found");
          if (a2 instanceof Function) return a2(b2, c2);
        }
        function i() {
          return "";
        }
        function j(a2, b2) {
          if (a2 && Object.prototype.hasOwnProperty.call(a2, b2)) return a2[b2];
        }
        function k(a2, b2) {
          return b2 && "root" in b2 || (b2 = b2 ? w.createFrame(b2) : {}, b2.root = a2), b2;
        }
        function l(a2, b2, c2, d2, e2, f2) {
          if (a2.decorator) {
            var g2 = {};
            b2 = a2.decorator(b2, g2, c2, d2 && d2[0], e2, f2, d2), t.extend(b2, g2);
          }
          return b2;
        }
        function m(a2, b2, c2) {
          b2 && p(b2).forEach(function(d2) {
            var e2 = b2[d2];
            a2[d2] = n(e2, c2);
          });
        }
        function n(a2, b2) {
          var c2 = b2.lookupProperty;
          return y.wrapHelper(a2, function(a3) {
            return a3.lookupProperty = c2, a3;
          });
        }
        var o = c(78)["default"], p = c(60)["default"], q = c(3)["default"], r = c(1)["default"];
        b.__esModule = true, b.checkRevision = d, b.template = e, b.wrapProgram = f, b.resolvePartial = g, b.invokePartial = h, b.noop = i;
        var s = c(5), t = q(s), u = c(6), v = r(u), w = c(4), x = c(10), y = c(81), z = c(73);
      }, function(a, b, c) {
        a.exports = { "default": c(79), __esModule: true };
      }, function(a, b, c) {
        c(80), a.exports = c(21).Object.seal;
      }, function(a, b, c) {
        var d = c(40);
        c(64)("seal", function(a2) {
          return function(b2) {
            return a2 && d(b2) ? a2(b2) : b2;
          };
        });
      }, function(a, b) {
        "use strict";
        function c(a2, b2) {
          if ("function" != typeof a2) return a2;
          var c2 = function() {
            var c3 = arguments[arguments.length - 1];
            return arguments[arguments.length - 1] = b2(c3), a2.apply(this, arguments);
          };
          return c2;
        }
        b.__esModule = true, b.wrapHelper = c;
      }, function(a, b) {
        "use strict";
        b.__esModule = true, b["default"] = function(a2) {
          !(function() {
            "object" != typeof globalThis && (Object.prototype.__defineGetter__("__magic__", function() {
              return this;
            }), __magic__.globalThis = __magic__, delete Object.prototype.__magic__);
          })();
          var b2 = globalThis.Handlebars;
          a2.noConflict = function() {
            return globalThis.Handlebars === a2 && (globalThis.Handlebars = b2), a2;
          };
        }, a.exports = b["default"];
      }, function(a, b) {
        "use strict";
        b.__esModule = true;
        var c = { helpers: { helperExpression: function(a2) {
          return "SubExpression" === a2.type || ("MustacheStatement" === a2.type || "BlockStatement" === a2.type) && !!(a2.params && a2.params.length || a2.hash);
        }, scopedId: function(a2) {
          return /^\.|this\b/.test(a2.original);
        }, simpleId: function(a2) {
          return 1 === a2.parts.length && !c.helpers.scopedId(a2) && !a2.depth;
        } } };
        b["default"] = c, a.exports = b["default"];
      }, function(a, b, c) {
        "use strict";
        function d(a2, b2) {
          if ("Program" === a2.type) return a2;
          i["default"].yy = o, o.locInfo = function(a3) {
            return new o.SourceLocation(b2 && b2.srcName, a3);
          };
          var c2 = i["default"].parse(a2);
          return c2;
        }
        function e(a2, b2) {
          var c2 = d(a2, b2), e2 = new k["default"](b2);
          return e2.accept(c2);
        }
        var f = c(1)["default"], g = c(3)["default"];
        b.__esModule = true, b.parseWithoutProcessing = d, b.parse = e;
        var h = c(85), i = f(h), j = c(86), k = f(j), l = c(89), m = g(l), n = c(5);
        b.parser = i["default"];
        var o = {};
        n.extend(o, m);
      }, function(a, b) {
        "use strict";
        b.__esModule = true;
        var c = (function() {
          function a2() {
            this.yy = {};
          }
          var b2 = {
            trace: function() {
            },
            yy: {},
            symbols_: { error: 2, root: 3, program: 4, EOF: 5, program_repetition0: 6, statement: 7, mustache: 8, block: 9, rawBlock: 10, partial: 11, partialBlock: 12, content: 13, COMMENT: 14, CONTENT: 15, openRawBlock: 16, rawBlock_repetition0: 17, END_RAW_BLOCK: 18, OPEN_RAW_BLOCK: 19, helperName: 20, openRawBlock_repetition0: 21, openRawBlock_option0: 22, CLOSE_RAW_BLOCK: 23, openBlock: 24, block_option0: 25, closeBlock: 26, openInverse: 27, block_option1: 28, OPEN_BLOCK: 29, openBlock_repetition0: 30, openBlock_option0: 31, openBlock_option1: 32, CLOSE: 33, OPEN_INVERSE: 34, openInverse_repetition0: 35, openInverse_option0: 36, openInverse_option1: 37, openInverseChain: 38, OPEN_INVERSE_CHAIN: 39, openInverseChain_repetition0: 40, openInverseChain_option0: 41, openInverseChain_option1: 42, inverseAndProgram: 43, INVERSE: 44, inverseChain: 45, inverseChain_option0: 46, OPEN_ENDBLOCK: 47, OPEN: 48, mustache_repetition0: 49, mustache_option0: 50, OPEN_UNESCAPED: 51, mustache_repetition1: 52, mustache_option1: 53, CLOSE_UNESCAPED: 54, OPEN_PARTIAL: 55, partialName: 56, partial_repetition0: 57, partial_option0: 58, openPartialBlock: 59, OPEN_PARTIAL_BLOCK: 60, openPartialBlock_repetition0: 61, openPartialBlock_option0: 62, param: 63, sexpr: 64, OPEN_SEXPR: 65, sexpr_repetition0: 66, sexpr_option0: 67, CLOSE_SEXPR: 68, hash: 69, hash_repetition_plus0: 70, hashSegment: 71, ID: 72, EQUALS: 73, blockParams: 74, OPEN_BLOCK_PARAMS: 75, blockParams_repetition_plus0: 76, CLOSE_BLOCK_PARAMS: 77, path: 78, dataName: 79, STRING: 80, NUMBER: 81, BOOLEAN: 82, UNDEFINED: 83, NULL: 84, DATA: 85, pathSegments: 86, SEP: 87, $accept: 0, $end: 1 },
            terminals_: { 2: "error", 5: "EOF", 14: "COMMENT", 15: "CONTENT", 18: "END_RAW_BLOCK", 19: "OPEN_RAW_BLOCK", 23: "CLOSE_RAW_BLOCK", 29: "OPEN_BLOCK", 33: "CLOSE", 34: "OPEN_INVERSE", 39: "OPEN_INVERSE_CHAIN", 44: "INVERSE", 47: "OPEN_ENDBLOCK", 48: "OPEN", 51: "OPEN_UNESCAPED", 54: "CLOSE_UNESCAPED", 55: "OPEN_PARTIAL", 60: "OPEN_PARTIAL_BLOCK", 65: "OPEN_SEXPR", 68: "CLOSE_SEXPR", 72: "ID", 73: "EQUALS", 75: "OPEN_BLOCK_PARAMS", 77: "CLOSE_BLOCK_PARAMS", 80: "STRING", 81: "NUMBER", 82: "BOOLEAN", 83: "UNDEFINED", 84: "NULL", 85: "DATA", 87: "SEP" },
            productions_: [0, [3, 2], [4, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [13, 1], [10, 3], [16, 5], [9, 4], [9, 4], [24, 6], [27, 6], [38, 6], [43, 2], [45, 3], [45, 1], [26, 3], [8, 5], [8, 5], [11, 5], [12, 3], [59, 5], [63, 1], [63, 1], [64, 5], [69, 1], [71, 3], [74, 3], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [56, 1], [56, 1], [79, 2], [78, 1], [86, 3], [86, 1], [6, 0], [6, 2], [17, 0], [17, 2], [21, 0], [21, 2], [22, 0], [22, 1], [25, 0], [25, 1], [28, 0], [28, 1], [30, 0], [30, 2], [31, 0], [31, 1], [32, 0], [32, 1], [35, 0], [35, 2], [36, 0], [36, 1], [37, 0], [37, 1], [40, 0], [40, 2], [41, 0], [41, 1], [42, 0], [42, 1], [46, 0], [46, 1], [49, 0], [49, 2], [50, 0], [50, 1], [52, 0], [52, 2], [53, 0], [53, 1], [57, 0], [57, 2], [58, 0], [58, 1], [61, 0], [61, 2], [62, 0], [62, 1], [66, 0], [66, 2], [67, 0], [67, 1], [70, 1], [70, 2], [76, 1], [76, 2]],
            performAction: function(a3, b3, c3, d, e, f, g) {
              var h = f.length - 1;
              switch (e) {
                case 1:
                  return f[h - 1];
                case 2:
                  this.$ = d.prepareProgram(f[h]);
                  break;
                case 3:
                  this.$ = f[h];
                  break;
                case 4:
                  this.$ = f[h];
                  break;
                case 5:
                  this.$ = f[h];
                  break;
                case 6:
                  this.$ = f[h];
                  break;
                case 7:
                  this.$ = f[h];
                  break;
                case 8:
                  this.$ = f[h];
                  break;
                case 9:
                  this.$ = { type: "CommentStatement", value: d.stripComment(f[h]), strip: d.stripFlags(f[h], f[h]), loc: d.locInfo(this._$) };
                  break;
                case 10:
                  this.$ = { type: "ContentStatement", original: f[h], value: f[h], loc: d.locInfo(this._$) };
                  break;
                case 11:
                  this.$ = d.prepareRawBlock(f[h - 2], f[h - 1], f[h], this._$);
                  break;
                case 12:
                  this.$ = { path: f[h - 3], params: f[h - 2], hash: f[h - 1] };
                  break;
                case 13:
                  this.$ = d.prepareBlock(f[h - 3], f[h - 2], f[h - 1], f[h], false, this._$);
                  break;
                case 14:
                  this.$ = d.prepareBlock(f[h - 3], f[h - 2], f[h - 1], f[h], true, this._$);
                  break;
                case 15:
                  this.$ = { open: f[h - 5], path: f[h - 4], params: f[h - 3], hash: f[h - 2], blockParams: f[h - 1], strip: d.stripFlags(f[h - 5], f[h]) };
                  break;
                case 16:
                  this.$ = { path: f[h - 4], params: f[h - 3], hash: f[h - 2], blockParams: f[h - 1], strip: d.stripFlags(f[h - 5], f[h]) };
                  break;
                case 17:
                  this.$ = { path: f[h - 4], params: f[h - 3], hash: f[h - 2], blockParams: f[h - 1], strip: d.stripFlags(f[h - 5], f[h]) };
                  break;
                case 18:
                  this.$ = { strip: d.stripFlags(f[h - 1], f[h - 1]), program: f[h] };
                  break;
                case 19:
                  var i = d.prepareBlock(f[h - 2], f[h - 1], f[h], f[h], false, this._$), j = d.prepareProgram([i], f[h - 1].loc);
                  j.chained = true, this.$ = { strip: f[h - 2].strip, program: j, chain: true };
                  break;
                case 20:
                  this.$ = f[h];
                  break;
                case 21:
                  this.$ = { path: f[h - 1], strip: d.stripFlags(f[h - 2], f[h]) };
                  break;
                case 22:
                  this.$ = d.prepareMustache(f[h - 3], f[h - 2], f[h - 1], f[h - 4], d.stripFlags(f[h - 4], f[h]), this._$);
                  break;
                case 23:
                  this.$ = d.prepareMustache(f[h - 3], f[h - 2], f[h - 1], f[h - 4], d.stripFlags(f[h - 4], f[h]), this._$);
                  break;
                case 24:
                  this.$ = { type: "PartialStatement", name: f[h - 3], params: f[h - 2], hash: f[h - 1], indent: "", strip: d.stripFlags(f[h - 4], f[h]), loc: d.locInfo(this._$) };
                  break;
                case 25:
                  this.$ = d.preparePartialBlock(f[h - 2], f[h - 1], f[h], this._$);
                  break;
                case 26:
                  this.$ = { path: f[h - 3], params: f[h - 2], hash: f[h - 1], strip: d.stripFlags(f[h - 4], f[h]) };
                  break;
                case 27:
                  this.$ = f[h];
                  break;
                case 28:
                  this.$ = f[h];
                  break;
                case 29:
                  this.$ = { type: "SubExpression", path: f[h - 3], params: f[h - 2], hash: f[h - 1], loc: d.locInfo(this._$) };
                  break;
                case 30:
                  this.$ = { type: "Hash", pairs: f[h], loc: d.locInfo(this._$) };
                  break;
                case 31:
                  this.$ = { type: "HashPair", key: d.id(f[h - 2]), value: f[h], loc: d.locInfo(this._$) };
                  break;
                case 32:
                  this.$ = d.id(f[h - 1]);
                  break;
                case 33:
                  this.$ = f[h];
                  break;
                case 34:
                  this.$ = f[h];
                  break;
                case 35:
                  this.$ = { type: "StringLiteral", value: f[h], original: f[h], loc: d.locInfo(this._$) };
                  break;
                case 36:
                  this.$ = { type: "NumberLiteral", value: Number(f[h]), original: Number(f[h]), loc: d.locInfo(this._$) };
                  break;
                case 37:
                  this.$ = { type: "BooleanLiteral", value: "true" === f[h], original: "true" === f[h], loc: d.locInfo(this._$) };
                  break;
                case 38:
                  this.$ = { type: "UndefinedLiteral", original: void 0, value: void 0, loc: d.locInfo(this._$) };
                  break;
                case 39:
                  this.$ = { type: "NullLiteral", original: null, value: null, loc: d.locInfo(this._$) };
                  break;
                case 40:
                  this.$ = f[h];
                  break;
                case 41:
                  this.$ = f[h];
                  break;
                case 42:
                  this.$ = d.preparePath(true, f[h], this._$);
                  break;
                case 43:
                  this.$ = d.preparePath(false, f[h], this._$);
                  break;
                case 44:
                  f[h - 2].push({ part: d.id(f[h]), original: f[h], separator: f[h - 1] }), this.$ = f[h - 2];
                  break;
                case 45:
                  this.$ = [{ part: d.id(f[h]), original: f[h] }];
                  break;
                case 46:
                  this.$ = [];
                  break;
                case 47:
                  f[h - 1].push(f[h]);
                  break;
                case 48:
                  this.$ = [];
                  break;
                case 49:
                  f[h - 1].push(f[h]);
                  break;
                case 50:
                  this.$ = [];
                  break;
                case 51:
                  f[h - 1].push(f[h]);
                  break;
                case 58:
                  this.$ = [];
                  break;
                case 59:
                  f[h - 1].push(f[h]);
                  break;
                case 64:
                  this.$ = [];
                  break;
                case 65:
                  f[h - 1].push(f[h]);
                  break;
                case 70:
                  this.$ = [];
                  break;
                case 71:
                  f[h - 1].push(f[h]);
                  break;
                case 78:
                  this.$ = [];
                  break;
                case 79:
                  f[h - 1].push(f[h]);
                  break;
                case 82:
                  this.$ = [];
                  break;
                case 83:
                  f[h - 1].push(f[h]);
                  break;
                case 86:
                  this.$ = [];
                  break;
                case 87:
                  f[h - 1].push(f[h]);
                  break;
                case 90:
                  this.$ = [];
                  break;
                case 91:
                  f[h - 1].push(f[h]);
                  break;
                case 94:
                  this.$ = [];
                  break;
                case 95:
                  f[h - 1].push(f[h]);
                  break;
                case 98:
                  this.$ = [f[h]];
                  break;
                case 99:
                  f[h - 1].push(f[h]);
                  break;
                case 100:
                  this.$ = [f[h]];
                  break;
                case 101:
                  f[h - 1].push(f[h]);
              }
            },
            table: [{ 3: 1, 4: 2, 5: [2, 46], 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 1: [3] }, { 5: [1, 4] }, { 5: [2, 2], 7: 5, 8: 6, 9: 7, 10: 8, 11: 9, 12: 10, 13: 11, 14: [1, 12], 15: [1, 20], 16: 17, 19: [1, 23], 24: 15, 27: 16, 29: [1, 21], 34: [1, 22], 39: [2, 2], 44: [2, 2], 47: [2, 2], 48: [1, 13], 51: [1, 14], 55: [1, 18], 59: 19, 60: [1, 24] }, { 1: [2, 1] }, { 5: [2, 47], 14: [2, 47], 15: [2, 47], 19: [2, 47], 29: [2, 47], 34: [2, 47], 39: [2, 47], 44: [2, 47], 47: [2, 47], 48: [2, 47], 51: [2, 47], 55: [2, 47], 60: [2, 47] }, { 5: [2, 3], 14: [2, 3], 15: [2, 3], 19: [2, 3], 29: [2, 3], 34: [2, 3], 39: [2, 3], 44: [2, 3], 47: [2, 3], 48: [2, 3], 51: [2, 3], 55: [2, 3], 60: [2, 3] }, { 5: [2, 4], 14: [2, 4], 15: [2, 4], 19: [2, 4], 29: [2, 4], 34: [2, 4], 39: [2, 4], 44: [2, 4], 47: [2, 4], 48: [2, 4], 51: [2, 4], 55: [2, 4], 60: [2, 4] }, { 5: [2, 5], 14: [2, 5], 15: [2, 5], 19: [2, 5], 29: [2, 5], 34: [2, 5], 39: [2, 5], 44: [2, 5], 47: [2, 5], 48: [2, 5], 51: [2, 5], 55: [2, 5], 60: [2, 5] }, { 5: [2, 6], 14: [2, 6], 15: [2, 6], 19: [2, 6], 29: [2, 6], 34: [2, 6], 39: [2, 6], 44: [2, 6], 47: [2, 6], 48: [2, 6], 51: [2, 6], 55: [2, 6], 60: [2, 6] }, { 5: [2, 7], 14: [2, 7], 15: [2, 7], 19: [2, 7], 29: [2, 7], 34: [2, 7], 39: [2, 7], 44: [2, 7], 47: [2, 7], 48: [2, 7], 51: [2, 7], 55: [2, 7], 60: [2, 7] }, { 5: [2, 8], 14: [2, 8], 15: [2, 8], 19: [2, 8], 29: [2, 8], 34: [2, 8], 39: [2, 8], 44: [2, 8], 47: [2, 8], 48: [2, 8], 51: [2, 8], 55: [2, 8], 60: [2, 8] }, { 5: [2, 9], 14: [2, 9], 15: [2, 9], 19: [2, 9], 29: [2, 9], 34: [2, 9], 39: [2, 9], 44: [2, 9], 47: [2, 9], 48: [2, 9], 51: [2, 9], 55: [2, 9], 60: [2, 9] }, { 20: 25, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 36, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 37, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 4: 38, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 15: [2, 48], 17: 39, 18: [2, 48] }, { 20: 41, 56: 40, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 44, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 5: [2, 10], 14: [2, 10], 15: [2, 10], 18: [2, 10], 19: [2, 10], 29: [2, 10], 34: [2, 10], 39: [2, 10], 44: [2, 10], 47: [2, 10], 48: [2, 10], 51: [2, 10], 55: [2, 10], 60: [2, 10] }, { 20: 45, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 46, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 47, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 41, 56: 48, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [2, 78], 49: 49, 65: [2, 78], 72: [2, 78], 80: [2, 78], 81: [2, 78], 82: [2, 78], 83: [2, 78], 84: [2, 78], 85: [2, 78] }, { 23: [2, 33], 33: [2, 33], 54: [2, 33], 65: [2, 33], 68: [2, 33], 72: [2, 33], 75: [2, 33], 80: [2, 33], 81: [2, 33], 82: [2, 33], 83: [2, 33], 84: [2, 33], 85: [2, 33] }, { 23: [2, 34], 33: [2, 34], 54: [2, 34], 65: [2, 34], 68: [2, 34], 72: [2, 34], 75: [2, 34], 80: [2, 34], 81: [2, 34], 82: [2, 34], 83: [2, 34], 84: [2, 34], 85: [2, 34] }, { 23: [2, 35], 33: [2, 35], 54: [2, 35], 65: [2, 35], 68: [2, 35], 72: [2, 35], 75: [2, 35], 80: [2, 35], 81: [2, 35], 82: [2, 35], 83: [2, 35], 84: [2, 35], 85: [2, 35] }, { 23: [2, 36], 33: [2, 36], 54: [2, 36], 65: [2, 36], 68: [2, 36], 72: [2, 36], 75: [2, 36], 80: [2, 36], 81: [2, 36], 82: [2, 36], 83: [2, 36], 84: [2, 36], 85: [2, 36] }, { 23: [2, 37], 33: [2, 37], 54: [2, 37], 65: [2, 37], 68: [2, 37], 72: [2, 37], 75: [2, 37], 80: [2, 37], 81: [2, 37], 82: [2, 37], 83: [2, 37], 84: [2, 37], 85: [2, 37] }, { 23: [2, 38], 33: [2, 38], 54: [2, 38], 65: [2, 38], 68: [2, 38], 72: [2, 38], 75: [2, 38], 80: [2, 38], 81: [2, 38], 82: [2, 38], 83: [2, 38], 84: [2, 38], 85: [2, 38] }, { 23: [2, 39], 33: [2, 39], 54: [2, 39], 65: [2, 39], 68: [2, 39], 72: [2, 39], 75: [2, 39], 80: [2, 39], 81: [2, 39], 82: [2, 39], 83: [2, 39], 84: [2, 39], 85: [2, 39] }, { 23: [2, 43], 33: [2, 43], 54: [2, 43], 65: [2, 43], 68: [2, 43], 72: [2, 43], 75: [2, 43], 80: [2, 43], 81: [2, 43], 82: [2, 43], 83: [2, 43], 84: [2, 43], 85: [2, 43], 87: [1, 50] }, { 72: [1, 35], 86: 51 }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 52: 52, 54: [2, 82], 65: [2, 82], 72: [2, 82], 80: [2, 82], 81: [2, 82], 82: [2, 82], 83: [2, 82], 84: [2, 82], 85: [2, 82] }, { 25: 53, 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 54, 47: [2, 54] }, { 28: 59, 43: 60, 44: [1, 58], 47: [2, 56] }, { 13: 62, 15: [1, 20], 18: [1, 61] }, { 33: [2, 86], 57: 63, 65: [2, 86], 72: [2, 86], 80: [2, 86], 81: [2, 86], 82: [2, 86], 83: [2, 86], 84: [2, 86], 85: [2, 86] }, { 33: [2, 40], 65: [2, 40], 72: [2, 40], 80: [2, 40], 81: [2, 40], 82: [2, 40], 83: [2, 40], 84: [2, 40], 85: [2, 40] }, { 33: [2, 41], 65: [2, 41], 72: [2, 41], 80: [2, 41], 81: [2, 41], 82: [2, 41], 83: [2, 41], 84: [2, 41], 85: [2, 41] }, { 20: 64, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 65, 47: [1, 66] }, { 30: 67, 33: [2, 58], 65: [2, 58], 72: [2, 58], 75: [2, 58], 80: [2, 58], 81: [2, 58], 82: [2, 58], 83: [2, 58], 84: [2, 58], 85: [2, 58] }, { 33: [2, 64], 35: 68, 65: [2, 64], 72: [2, 64], 75: [2, 64], 80: [2, 64], 81: [2, 64], 82: [2, 64], 83: [2, 64], 84: [2, 64], 85: [2, 64] }, { 21: 69, 23: [2, 50], 65: [2, 50], 72: [2, 50], 80: [2, 50], 81: [2, 50], 82: [2, 50], 83: [2, 50], 84: [2, 50], 85: [2, 50] }, { 33: [2, 90], 61: 70, 65: [2, 90], 72: [2, 90], 80: [2, 90], 81: [2, 90], 82: [2, 90], 83: [2, 90], 84: [2, 90], 85: [2, 90] }, { 20: 74, 33: [2, 80], 50: 71, 63: 72, 64: 75, 65: [1, 43], 69: 73, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 72: [1, 79] }, { 23: [2, 42], 33: [2, 42], 54: [2, 42], 65: [2, 42], 68: [2, 42], 72: [2, 42], 75: [2, 42], 80: [2, 42], 81: [2, 42], 82: [2, 42], 83: [2, 42], 84: [2, 42], 85: [2, 42], 87: [1, 50] }, { 20: 74, 53: 80, 54: [2, 84], 63: 81, 64: 75, 65: [1, 43], 69: 82, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 83, 47: [1, 66] }, { 47: [2, 55] }, { 4: 84, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 47: [2, 20] }, { 20: 85, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 86, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 26: 87, 47: [1, 66] }, { 47: [2, 57] }, { 5: [2, 11], 14: [2, 11], 15: [2, 11], 19: [2, 11], 29: [2, 11], 34: [2, 11], 39: [2, 11], 44: [2, 11], 47: [2, 11], 48: [2, 11], 51: [2, 11], 55: [2, 11], 60: [2, 11] }, { 15: [2, 49], 18: [2, 49] }, { 20: 74, 33: [2, 88], 58: 88, 63: 89, 64: 75, 65: [1, 43], 69: 90, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 65: [2, 94], 66: 91, 68: [2, 94], 72: [2, 94], 80: [2, 94], 81: [2, 94], 82: [2, 94], 83: [2, 94], 84: [2, 94], 85: [2, 94] }, { 5: [2, 25], 14: [2, 25], 15: [2, 25], 19: [2, 25], 29: [2, 25], 34: [2, 25], 39: [2, 25], 44: [2, 25], 47: [2, 25], 48: [2, 25], 51: [2, 25], 55: [2, 25], 60: [2, 25] }, { 20: 92, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 31: 93, 33: [2, 60], 63: 94, 64: 75, 65: [1, 43], 69: 95, 70: 76, 71: 77, 72: [1, 78], 75: [2, 60], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 66], 36: 96, 63: 97, 64: 75, 65: [1, 43], 69: 98, 70: 76, 71: 77, 72: [1, 78], 75: [2, 66], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 22: 99, 23: [2, 52], 63: 100, 64: 75, 65: [1, 43], 69: 101, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 92], 62: 102, 63: 103, 64: 75, 65: [1, 43], 69: 104, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 105] }, { 33: [2, 79], 65: [2, 79], 72: [2, 79], 80: [2, 79], 81: [2, 79], 82: [2, 79], 83: [2, 79], 84: [2, 79], 85: [2, 79] }, { 33: [2, 81] }, { 23: [2, 27], 33: [2, 27], 54: [2, 27], 65: [2, 27], 68: [2, 27], 72: [2, 27], 75: [2, 27], 80: [2, 27], 81: [2, 27], 82: [2, 27], 83: [2, 27], 84: [2, 27], 85: [2, 27] }, { 23: [2, 28], 33: [2, 28], 54: [2, 28], 65: [2, 28], 68: [2, 28], 72: [2, 28], 75: [2, 28], 80: [2, 28], 81: [2, 28], 82: [2, 28], 83: [2, 28], 84: [2, 28], 85: [2, 28] }, { 23: [2, 30], 33: [2, 30], 54: [2, 30], 68: [2, 30], 71: 106, 72: [1, 107], 75: [2, 30] }, { 23: [2, 98], 33: [2, 98], 54: [2, 98], 68: [2, 98], 72: [2, 98], 75: [2, 98] }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 73: [1, 108], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 23: [2, 44], 33: [2, 44], 54: [2, 44], 65: [2, 44], 68: [2, 44], 72: [2, 44], 75: [2, 44], 80: [2, 44], 81: [2, 44], 82: [2, 44], 83: [2, 44], 84: [2, 44], 85: [2, 44], 87: [2, 44] }, { 54: [1, 109] }, { 54: [2, 83], 65: [2, 83], 72: [2, 83], 80: [2, 83], 81: [2, 83], 82: [2, 83], 83: [2, 83], 84: [2, 83], 85: [2, 83] }, { 54: [2, 85] }, { 5: [2, 13], 14: [2, 13], 15: [2, 13], 19: [2, 13], 29: [2, 13], 34: [2, 13], 39: [2, 13], 44: [2, 13], 47: [2, 13], 48: [2, 13], 51: [2, 13], 55: [2, 13], 60: [2, 13] }, { 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 111, 46: 110, 47: [2, 76] }, { 33: [2, 70], 40: 112, 65: [2, 70], 72: [2, 70], 75: [2, 70], 80: [2, 70], 81: [2, 70], 82: [2, 70], 83: [2, 70], 84: [2, 70], 85: [2, 70] }, { 47: [2, 18] }, { 5: [2, 14], 14: [2, 14], 15: [2, 14], 19: [2, 14], 29: [2, 14], 34: [2, 14], 39: [2, 14], 44: [2, 14], 47: [2, 14], 48: [2, 14], 51: [2, 14], 55: [2, 14], 60: [2, 14] }, { 33: [1, 113] }, { 33: [2, 87], 65: [2, 87], 72: [2, 87], 80: [2, 87], 81: [2, 87], 82: [2, 87], 83: [2, 87], 84: [2, 87], 85: [2, 87] }, { 33: [2, 89] }, { 20: 74, 63: 115, 64: 75, 65: [1, 43], 67: 114, 68: [2, 96], 69: 116, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 117] }, { 32: 118, 33: [2, 62], 74: 119, 75: [1, 120] }, { 33: [2, 59], 65: [2, 59], 72: [2, 59], 75: [2, 59], 80: [2, 59], 81: [2, 59], 82: [2, 59], 83: [2, 59], 84: [2, 59], 85: [2, 59] }, { 33: [2, 61], 75: [2, 61] }, { 33: [2, 68], 37: 121, 74: 122, 75: [1, 120] }, { 33: [2, 65], 65: [2, 65], 72: [2, 65], 75: [2, 65], 80: [2, 65], 81: [2, 65], 82: [2, 65], 83: [2, 65], 84: [2, 65], 85: [2, 65] }, { 33: [2, 67], 75: [2, 67] }, { 23: [1, 123] }, { 23: [2, 51], 65: [2, 51], 72: [2, 51], 80: [2, 51], 81: [2, 51], 82: [2, 51], 83: [2, 51], 84: [2, 51], 85: [2, 51] }, { 23: [2, 53] }, { 33: [1, 124] }, { 33: [2, 91], 65: [2, 91], 72: [2, 91], 80: [2, 91], 81: [2, 91], 82: [2, 91], 83: [2, 91], 84: [2, 91], 85: [2, 91] }, { 33: [2, 93] }, { 5: [2, 22], 14: [2, 22], 15: [2, 22], 19: [2, 22], 29: [2, 22], 34: [2, 22], 39: [2, 22], 44: [2, 22], 47: [2, 22], 48: [2, 22], 51: [2, 22], 55: [2, 22], 60: [2, 22] }, { 23: [2, 99], 33: [2, 99], 54: [2, 99], 68: [2, 99], 72: [2, 99], 75: [2, 99] }, { 73: [1, 108] }, { 20: 74, 63: 125, 64: 75, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 23], 14: [2, 23], 15: [2, 23], 19: [2, 23], 29: [2, 23], 34: [2, 23], 39: [2, 23], 44: [2, 23], 47: [2, 23], 48: [2, 23], 51: [2, 23], 55: [2, 23], 60: [2, 23] }, { 47: [2, 19] }, { 47: [2, 77] }, { 20: 74, 33: [2, 72], 41: 126, 63: 127, 64: 75, 65: [1, 43], 69: 128, 70: 76, 71: 77, 72: [1, 78], 75: [2, 72], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 24], 14: [2, 24], 15: [2, 24], 19: [2, 24], 29: [2, 24], 34: [2, 24], 39: [2, 24], 44: [2, 24], 47: [2, 24], 48: [2, 24], 51: [2, 24], 55: [2, 24], 60: [2, 24] }, { 68: [1, 129] }, { 65: [2, 95], 68: [2, 95], 72: [2, 95], 80: [2, 95], 81: [2, 95], 82: [2, 95], 83: [2, 95], 84: [2, 95], 85: [2, 95] }, { 68: [2, 97] }, { 5: [2, 21], 14: [2, 21], 15: [2, 21], 19: [2, 21], 29: [2, 21], 34: [2, 21], 39: [2, 21], 44: [2, 21], 47: [2, 21], 48: [2, 21], 51: [2, 21], 55: [2, 21], 60: [2, 21] }, { 33: [1, 130] }, { 33: [2, 63] }, { 72: [1, 132], 76: 131 }, { 33: [1, 133] }, { 33: [2, 69] }, { 15: [2, 12], 18: [2, 12] }, { 14: [2, 26], 15: [2, 26], 19: [2, 26], 29: [2, 26], 34: [2, 26], 47: [2, 26], 48: [2, 26], 51: [2, 26], 55: [2, 26], 60: [2, 26] }, { 23: [2, 31], 33: [2, 31], 54: [2, 31], 68: [2, 31], 72: [2, 31], 75: [2, 31] }, { 33: [2, 74], 42: 134, 74: 135, 75: [1, 120] }, { 33: [2, 71], 65: [2, 71], 72: [2, 71], 75: [2, 71], 80: [2, 71], 81: [2, 71], 82: [2, 71], 83: [2, 71], 84: [2, 71], 85: [2, 71] }, { 33: [2, 73], 75: [2, 73] }, { 23: [2, 29], 33: [2, 29], 54: [2, 29], 65: [2, 29], 68: [2, 29], 72: [2, 29], 75: [2, 29], 80: [2, 29], 81: [2, 29], 82: [2, 29], 83: [2, 29], 84: [2, 29], 85: [2, 29] }, { 14: [2, 15], 15: [2, 15], 19: [2, 15], 29: [2, 15], 34: [2, 15], 39: [2, 15], 44: [2, 15], 47: [2, 15], 48: [2, 15], 51: [2, 15], 55: [2, 15], 60: [2, 15] }, { 72: [1, 137], 77: [1, 136] }, { 72: [2, 100], 77: [2, 100] }, { 14: [2, 16], 15: [2, 16], 19: [2, 16], 29: [2, 16], 34: [2, 16], 44: [2, 16], 47: [2, 16], 48: [2, 16], 51: [2, 16], 55: [2, 16], 60: [2, 16] }, { 33: [1, 138] }, { 33: [2, 75] }, { 33: [2, 32] }, { 72: [2, 101], 77: [2, 101] }, { 14: [2, 17], 15: [2, 17], 19: [2, 17], 29: [2, 17], 34: [2, 17], 39: [2, 17], 44: [2, 17], 47: [2, 17], 48: [2, 17], 51: [2, 17], 55: [2, 17], 60: [2, 17] }],
            defaultActions: { 4: [2, 1], 54: [2, 55], 56: [2, 20], 60: [2, 57], 73: [2, 81], 82: [2, 85], 86: [2, 18], 90: [2, 89], 101: [2, 53], 104: [2, 93], 110: [2, 19], 111: [2, 77], 116: [2, 97], 119: [2, 63], 122: [2, 69], 135: [2, 75], 136: [2, 32] },
            parseError: function(a3, b3) {
              throw new Error(a3);
            },
            parse: function(a3) {
              function b3() {
                var a4;
                return a4 = c3.lexer.lex() || 1, "number" != typeof a4 && (a4 = c3.symbols_[a4] || a4), a4;
              }
              var c3 = this, d = [0], e = [null], f = [], g = this.table, h = "", i = 0, j = 0, k = 0;
              this.lexer.setInput(a3), this.lexer.yy = this.yy, this.yy.lexer = this.lexer, this.yy.parser = this, "undefined" == typeof this.lexer.yylloc && (this.lexer.yylloc = {});
              var l = this.lexer.yylloc;
              f.push(l);
              var m = this.lexer.options && this.lexer.options.ranges;
              "function" == typeof this.yy.parseError && (this.parseError = this.yy.parseError);
              for (var n, o, p, q, r, s, t, u, v, w = {}; ; ) {
                if (p = d[d.length - 1], this.defaultActions[p] ? q = this.defaultActions[p] : (null !== n && "undefined" != typeof n || (n = b3()), q = g[p] && g[p][n]), "undefined" == typeof q || !q.length || !q[0]) {
                  var x = "";
                  if (!k) {
                    v = [];
                    for (s in g[p]) this.terminals_[s] && s > 2 && v.push("'" + this.terminals_[s] + "'");
                    x = this.lexer.showPosition ? "Parse error on line " + (i + 1) + ":\n" + this.lexer.showPosition() + "\nExpecting " + v.join(", ") + ", got '" + (this.terminals_[n] || n) + "'" : "Parse error on line " + (i + 1) + ": Unexpected " + (1 == n ? "end of input" : "'" + (this.terminals_[n] || n) + "'"), this.parseError(x, { text: this.lexer.match, token: this.terminals_[n] || n, line: this.lexer.yylineno, loc: l, expected: v });
                  }
                }
                if (q[0] instanceof Array && q.length > 1) throw new Error("Parse Error: multiple actions possible at state: " + p + ", token: " + n);
                switch (q[0]) {
                  case 1:
                    d.push(n), e.push(this.lexer.yytext), f.push(this.lexer.yylloc), d.push(q[1]), n = null, o ? (n = o, o = null) : (j = this.lexer.yyleng, h = this.lexer.yytext, i = this.lexer.yylineno, l = this.lexer.yylloc, k > 0 && k--);
                    break;
                  case 2:
                    if (t = this.productions_[q[1]][1], w.$ = e[e.length - t], w._$ = { first_line: f[f.length - (t || 1)].first_line, last_line: f[f.length - 1].last_line, first_column: f[f.length - (t || 1)].first_column, last_column: f[f.length - 1].last_column }, m && (w._$.range = [f[f.length - (t || 1)].range[0], f[f.length - 1].range[1]]), r = this.performAction.call(w, h, j, i, this.yy, q[1], e, f), "undefined" != typeof r) return r;
                    t && (d = d.slice(0, -1 * t * 2), e = e.slice(0, -1 * t), f = f.slice(0, -1 * t)), d.push(this.productions_[q[1]][0]), e.push(w.$), f.push(w._$), u = g[d[d.length - 2]][d[d.length - 1]], d.push(u);
                    break;
                  case 3:
                    return true;
                }
              }
              return true;
            }
          }, c2 = (function() {
            var a3 = { EOF: 1, parseError: function(a4, b3) {
              if (!this.yy.parser) throw new Error(a4);
              this.yy.parser.parseError(a4, b3);
            }, setInput: function(a4) {
              return this._input = a4, this._more = this._less = this.done = false, this.yylineno = this.yyleng = 0, this.yytext = this.matched = this.match = "", this.conditionStack = ["INITIAL"], this.yylloc = { first_line: 1, first_column: 0, last_line: 1, last_column: 0 }, this.options.ranges && (this.yylloc.range = [0, 0]), this.offset = 0, this;
            }, input: function() {
              var a4 = this._input[0];
              this.yytext += a4, this.yyleng++, this.offset++, this.match += a4, this.matched += a4;
              var b3 = a4.match(/(?:\r\n?|\n).*/g);
              return b3 ? (this.yylineno++, this.yylloc.last_line++) : this.yylloc.last_column++, this.options.ranges && this.yylloc.range[1]++, this._input = this._input.slice(1), a4;
            }, unput: function(a4) {
              var b3 = a4.length, c3 = a4.split(/(?:\r\n?|\n)/g);
              this._input = a4 + this._input, this.yytext = this.yytext.substr(0, this.yytext.length - b3 - 1), this.offset -= b3;
              var d = this.match.split(/(?:\r\n?|\n)/g);
              this.match = this.match.substr(0, this.match.length - 1), this.matched = this.matched.substr(0, this.matched.length - 1), c3.length - 1 && (this.yylineno -= c3.length - 1);
              var e = this.yylloc.range;
              return this.yylloc = { first_line: this.yylloc.first_line, last_line: this.yylineno + 1, first_column: this.yylloc.first_column, last_column: c3 ? (c3.length === d.length ? this.yylloc.first_column : 0) + d[d.length - c3.length].length - c3[0].length : this.yylloc.first_column - b3 }, this.options.ranges && (this.yylloc.range = [e[0], e[0] + this.yyleng - b3]), this;
            }, more: function() {
              return this._more = true, this;
            }, less: function(a4) {
              this.unput(this.match.slice(a4));
            }, pastInput: function() {
              var a4 = this.matched.substr(0, this.matched.length - this.match.length);
              return (a4.length > 20 ? "..." : "") + a4.substr(-20).replace(/\n/g, "");
            }, upcomingInput: function() {
              var a4 = this.match;
              return a4.length < 20 && (a4 += this._input.substr(0, 20 - a4.length)), (a4.substr(0, 20) + (a4.length > 20 ? "..." : "")).replace(/\n/g, "");
            }, showPosition: function() {
              var a4 = this.pastInput(), b3 = new Array(a4.length + 1).join("-");
              return a4 + this.upcomingInput() + "\n" + b3 + "^";
            }, next: function() {
              if (this.done) return this.EOF;
              this._input || (this.done = true);
              var a4, b3, c3, d, e;
              this._more || (this.yytext = "", this.match = "");
              for (var f = this._currentRules(), g = 0; g < f.length && (c3 = this._input.match(this.rules[f[g]]), !c3 || b3 && !(c3[0].length > b3[0].length) || (b3 = c3, d = g, this.options.flex)); g++) ;
              return b3 ? (e = b3[0].match(/(?:\r\n?|\n).*/g), e && (this.yylineno += e.length), this.yylloc = { first_line: this.yylloc.last_line, last_line: this.yylineno + 1, first_column: this.yylloc.last_column, last_column: e ? e[e.length - 1].length - e[e.length - 1].match(/\r?\n?/)[0].length : this.yylloc.last_column + b3[0].length }, this.yytext += b3[0], this.match += b3[0], this.matches = b3, this.yyleng = this.yytext.length, this.options.ranges && (this.yylloc.range = [this.offset, this.offset += this.yyleng]), this._more = false, this._input = this._input.slice(b3[0].length), this.matched += b3[0], a4 = this.performAction.call(this, this.yy, this, f[d], this.conditionStack[this.conditionStack.length - 1]), this.done && this._input && (this.done = false), a4 ? a4 : void 0) : "" === this._input ? this.EOF : this.parseError("Lexical error on line " + (this.yylineno + 1) + ". Unrecognized text.\n" + this.showPosition(), { text: "", token: null, line: this.yylineno });
            }, lex: function() {
              var a4 = this.next();
              return "undefined" != typeof a4 ? a4 : this.lex();
            }, begin: function(a4) {
              this.conditionStack.push(a4);
            }, popState: function() {
              return this.conditionStack.pop();
            }, _currentRules: function() {
              return this.conditions[this.conditionStack[this.conditionStack.length - 1]].rules;
            }, topState: function() {
              return this.conditionStack[this.conditionStack.length - 2];
            }, pushState: function(a4) {
              this.begin(a4);
            } };
            return a3.options = {}, a3.performAction = function(a4, b3, c3, d) {
              function e(a5, c4) {
                return b3.yytext = b3.yytext.substring(a5, b3.yyleng - c4 + a5);
              }
              switch (c3) {
                case 0:
                  if ("\\\\" === b3.yytext.slice(-2) ? (e(0, 1), this.begin("mu")) : "\\" === b3.yytext.slice(-1) ? (e(0, 1), this.begin("emu")) : this.begin("mu"), b3.yytext) return 15;
                  break;
                case 1:
                  return 15;
                case 2:
                  return this.popState(), 15;
                case 3:
                  return this.begin("raw"), 15;
                case 4:
                  return this.popState(), "raw" === this.conditionStack[this.conditionStack.length - 1] ? 15 : (e(5, 9), "END_RAW_BLOCK");
                case 5:
                  return 15;
                case 6:
                  return this.popState(), 14;
                case 7:
                  return 65;
                case 8:
                  return 68;
                case 9:
                  return 19;
                case 10:
                  return this.popState(), this.begin("raw"), 23;
                case 11:
                  return 55;
                case 12:
                  return 60;
                case 13:
                  return 29;
                case 14:
                  return 47;
                case 15:
                  return this.popState(), 44;
                case 16:
                  return this.popState(), 44;
                case 17:
                  return 34;
                case 18:
                  return 39;
                case 19:
                  return 51;
                case 20:
                  return 48;
                case 21:
                  this.unput(b3.yytext), this.popState(), this.begin("com");
                  break;
                case 22:
                  return this.popState(), 14;
                case 23:
                  return 48;
                case 24:
                  return 73;
                case 25:
                  return 72;
                case 26:
                  return 72;
                case 27:
                  return 87;
                case 28:
                  break;
                case 29:
                  return this.popState(), 54;
                case 30:
                  return this.popState(), 33;
                case 31:
                  return b3.yytext = e(1, 2).replace(/\\"/g, '"'), 80;
                case 32:
                  return b3.yytext = e(1, 2).replace(/\\'/g, "'"), 80;
                case 33:
                  return 85;
                case 34:
                  return 82;
                case 35:
                  return 82;
                case 36:
                  return 83;
                case 37:
                  return 84;
                case 38:
                  return 81;
                case 39:
                  return 75;
                case 40:
                  return 77;
                case 41:
                  return 72;
                case 42:
                  return b3.yytext = b3.yytext.replace(/\\([\\\]])/g, "$1"), 72;
                case 43:
                  return "INVALID";
                case 44:
                  return 5;
              }
            }, a3.rules = [/^(?:[^\x00]*?(?=(\{\{)))/, /^(?:[^\x00]+)/, /^(?:[^\x00]{2,}?(?=(\{\{|\\\{\{|\\\\\{\{|$)))/, /^(?:\{\{\{\{(?=[^\/]))/, /^(?:\{\{\{\{\/[^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=[=}\s\/.])\}\}\}\})/, /^(?:[^\x00]+?(?=(\{\{\{\{)))/, /^(?:[\s\S]*?--(~)?\}\})/, /^(?:\()/, /^(?:\))/, /^(?:\{\{\{\{)/, /^(?:\}\}\}\})/, /^(?:\{\{(~)?>)/, /^(?:\{\{(~)?#>)/, /^(?:\{\{(~)?#\*?)/, /^(?:\{\{(~)?\/)/, /^(?:\{\{(~)?\^\s*(~)?\}\})/, /^(?:\{\{(~)?\s*else\s*(~)?\}\})/, /^(?:\{\{(~)?\^)/, /^(?:\{\{(~)?\s*else\b)/, /^(?:\{\{(~)?\{)/, /^(?:\{\{(~)?&)/, /^(?:\{\{(~)?!--)/, /^(?:\{\{(~)?![\s\S]*?\}\})/, /^(?:\{\{(~)?\*?)/, /^(?:=)/, /^(?:\.\.)/, /^(?:\.(?=([=~}\s\/.)|])))/, /^(?:[\/.])/, /^(?:\s+)/, /^(?:\}(~)?\}\})/, /^(?:(~)?\}\})/, /^(?:"(\\["]|[^"])*")/, /^(?:'(\\[']|[^'])*')/, /^(?:@)/, /^(?:true(?=([~}\s)])))/, /^(?:false(?=([~}\s)])))/, /^(?:undefined(?=([~}\s)])))/, /^(?:null(?=([~}\s)])))/, /^(?:-?[0-9]+(?:\.[0-9]+)?(?=([~}\s)])))/, /^(?:as\s+\|)/, /^(?:\|)/, /^(?:([^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=([=~}\s\/.)|]))))/, /^(?:\[(\\\]|[^\]])*\])/, /^(?:.)/, /^(?:$)/], a3.conditions = { mu: { rules: [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44], inclusive: false }, emu: { rules: [2], inclusive: false }, com: { rules: [6], inclusive: false }, raw: { rules: [3, 4, 5], inclusive: false }, INITIAL: { rules: [0, 1, 44], inclusive: true } }, a3;
          })();
          return b2.lexer = c2, a2.prototype = b2, b2.Parser = a2, new a2();
        })();
        b["default"] = c, a.exports = b["default"];
      }, function(a, b, c) {
        "use strict";
        function d() {
          var a2 = arguments.length <= 0 || void 0 === arguments[0] ? {} : arguments[0];
          this.options = a2;
        }
        function e(a2, b2, c2) {
          void 0 === b2 && (b2 = a2.length);
          var d2 = a2[b2 - 1], e2 = a2[b2 - 2];
          return d2 ? "ContentStatement" === d2.type ? (e2 || !c2 ? /(?:^|\S)[^\S\n]*\n\s*$/ : /^\s*$|(?:^|\S)[^\S\n]*\n\s*$/).test(d2.original) : void 0 : c2;
        }
        function f(a2, b2, c2) {
          void 0 === b2 && (b2 = -1);
          var d2 = a2[b2 + 1], e2 = a2[b2 + 2];
          return d2 ? "ContentStatement" === d2.type ? (e2 || !c2 ? /^\s*?\r?\n/ : /^\s*?(\r?\n|$)/).test(d2.original) : void 0 : c2;
        }
        function g(a2, b2, c2) {
          var d2 = a2[null == b2 ? 0 : b2 + 1];
          if (d2 && "ContentStatement" === d2.type && (c2 || !d2.rightStripped)) {
            var e2 = d2.value;
            d2.value = d2.value.replace(c2 ? /^\s+/ : /^[ \t]*\r?\n?/, ""), d2.rightStripped = d2.value !== e2;
          }
        }
        function h(a2, b2, c2) {
          var d2 = a2[null == b2 ? a2.length - 1 : b2 - 1];
          if (d2 && "ContentStatement" === d2.type && (c2 || !d2.leftStripped)) {
            var e2 = d2.value;
            return d2.value = d2.value.replace(c2 ? /(^|\S)\s+$/ : /(^|[^ \t])[ \t]+$/, "$1"), d2.leftStripped = d2.value !== e2, d2.leftStripped;
          }
        }
        var i = c(1)["default"];
        b.__esModule = true;
        var j = c(87), k = i(j);
        d.prototype = new k["default"](), d.prototype.Program = function(a2) {
          var b2 = !this.options.ignoreStandalone, c2 = !this.isRootSeen;
          this.isRootSeen = true;
          for (var d2 = a2.body, i2 = 0, j2 = d2.length; i2 < j2; i2++) {
            var k2 = d2[i2], l = this.accept(k2);
            if (l) {
              var m = e(d2, i2, c2), n = f(d2, i2, c2), o = l.openStandalone && m, p = l.closeStandalone && n, q = l.inlineStandalone && m && n;
              l.close && g(d2, i2, true), l.open && h(d2, i2, true), b2 && q && (g(d2, i2), h(d2, i2) && "PartialStatement" === k2.type && (k2.indent = /(?:^|[^ \t])([ \t]+)$/.exec(d2[i2 - 1].original)[1])), b2 && o && (g((k2.program || k2.inverse).body), h(d2, i2)), b2 && p && (g(d2, i2), h((k2.inverse || k2.program).body));
            }
          }
          return a2;
        }, d.prototype.BlockStatement = d.prototype.DecoratorBlock = d.prototype.PartialBlockStatement = function(a2) {
          this.accept(a2.program), this.accept(a2.inverse);
          var b2 = a2.program || a2.inverse, c2 = a2.program && a2.inverse, d2 = c2, i2 = c2;
          if (c2 && c2.chained) for (d2 = c2.body[0].program; i2.chained; ) i2 = i2.body[i2.body.length - 1].program;
          var j2 = { open: a2.openStrip.open, close: a2.closeStrip.close, openStandalone: f(b2.body), closeStandalone: e((d2 || b2).body) };
          if (a2.openStrip.close && g(b2.body, null, true), c2) {
            var k2 = a2.inverseStrip;
            k2.open && h(b2.body, null, true), k2.close && g(d2.body, null, true), a2.closeStrip.open && h(i2.body, null, true), !this.options.ignoreStandalone && e(b2.body) && f(d2.body) && (h(b2.body), g(d2.body));
          } else a2.closeStrip.open && h(b2.body, null, true);
          return j2;
        }, d.prototype.Decorator = d.prototype.MustacheStatement = function(a2) {
          return a2.strip;
        }, d.prototype.PartialStatement = d.prototype.CommentStatement = function(a2) {
          var b2 = a2.strip || {};
          return { inlineStandalone: true, open: b2.open, close: b2.close };
        }, b["default"] = d, a.exports = b["default"];
      }, function(a, b, c) {
        "use strict";
        function d() {
          this.parents = [];
        }
        function e(a2, b2) {
          return l.indexOf(m.NODE_TYPES, b2) !== -1 || !(b2 in d.prototype) && "function" == typeof a2[b2];
        }
        function f(a2) {
          this.acceptRequired(a2, "path"), this.acceptArray(a2.params), this.acceptKey(a2, "hash");
        }
        function g(a2) {
          f.call(this, a2), this.acceptKey(a2, "program"), this.acceptKey(a2, "inverse");
        }
        function h(a2) {
          this.acceptRequired(a2, "name"), this.acceptArray(a2.params), this.acceptKey(a2, "hash");
        }
        var i = c(1)["default"];
        b.__esModule = true;
        var j = c(6), k = i(j), l = c(5), m = c(88);
        d.prototype = { constructor: d, mutating: false, acceptKey: function(a2, b2) {
          var c2 = this.accept(a2[b2]);
          if (this.mutating) {
            if (c2 && !e(this, c2.type)) throw new k["default"]('Unexpected node type "' + c2.type + '" found when accepting ' + b2 + " on " + a2.type);
            a2[b2] = c2;
          }
        }, acceptRequired: function(a2, b2) {
          if (this.acceptKey(a2, b2), !a2[b2]) throw new k["default"](a2.type + " requires " + b2);
        }, acceptArray: function(a2) {
          for (var b2 = 0, c2 = a2.length; b2 < c2; b2++) this.acceptKey(a2, b2), a2[b2] || (a2.splice(b2, 1), b2--, c2--);
        }, accept: function(a2) {
          if (a2) {
            if (!e(this, a2.type) || !this[a2.type]) throw new k["default"]("Unknown type: " + a2.type, a2);
            this.current && this.parents.unshift(this.current), this.current = a2;
            var b2 = this[a2.type](a2);
            return this.current = this.parents.shift(), !this.mutating || b2 ? b2 : b2 !== false ? a2 : void 0;
          }
        }, Program: function(a2) {
          this.acceptArray(a2.body);
        }, MustacheStatement: f, Decorator: f, BlockStatement: g, DecoratorBlock: g, PartialStatement: h, PartialBlockStatement: function(a2) {
          h.call(this, a2), this.acceptKey(a2, "program");
        }, ContentStatement: function() {
        }, CommentStatement: function() {
        }, SubExpression: f, PathExpression: function() {
        }, StringLiteral: function() {
        }, NumberLiteral: function() {
        }, BooleanLiteral: function() {
        }, UndefinedLiteral: function() {
        }, NullLiteral: function() {
        }, Hash: function(a2) {
          this.acceptArray(a2.pairs);
        }, HashPair: function(a2) {
          this.acceptRequired(a2, "value");
        } }, b["default"] = d, a.exports = b["default"];
      }, function(a, b) {
        "use strict";
        b.__esModule = true;
        var c = ["Program", "BlockStatement", "DecoratorBlock", "PartialStatement", "PartialBlockStatement", "Decorator", "MustacheStatement", "ContentStatement", "CommentStatement", "SubExpression", "PathExpression", "StringLiteral", "NumberLiteral", "BooleanLiteral", "UndefinedLiteral", "NullLiteral", "Hash", "HashPair"];
        b.NODE_TYPES = c;
      }, function(a, b, c) {
        "use strict";
        function d(a2, b2) {
          if (b2 = b2.path ? b2.path.original : b2, a2.path.original !== b2) {
            var c2 = { loc: a2.path.loc };
            throw new q["default"](a2.path.original + " doesn't match " + b2, c2);
          }
        }
        function e(a2, b2) {
          this.source = a2, this.start = { line: b2.first_line, column: b2.first_column }, this.end = { line: b2.last_line, column: b2.last_column };
        }
        function f(a2) {
          return /^\[.*\]$/.test(a2) ? a2.substring(1, a2.length - 1) : a2;
        }
        function g(a2, b2) {
          return { open: "~" === a2.charAt(2), close: "~" === b2.charAt(b2.length - 3) };
        }
        function h(a2) {
          return a2.replace(/^\{\{~?!-?-?/, "").replace(/-?-?~?\}\}$/, "");
        }
        function i(a2, b2, c2) {
          c2 = this.locInfo(c2);
          for (var d2 = a2 ? "@" : "", e2 = [], f2 = 0, g2 = 0, h2 = b2.length; g2 < h2; g2++) {
            var i2 = b2[g2].part, j2 = b2[g2].original !== i2;
            if (d2 += (b2[g2].separator || "") + i2, j2 || ".." !== i2 && "." !== i2 && "this" !== i2) e2.push(i2);
            else {
              if (e2.length > 0) throw new q["default"]("Invalid path: " + d2, { loc: c2 });
              ".." === i2 && f2++;
            }
          }
          return { type: "PathExpression", data: a2, depth: f2, parts: e2, original: d2, loc: c2 };
        }
        function j(a2, b2, c2, d2, e2, f2) {
          var g2 = d2.charAt(3) || d2.charAt(2), h2 = "{" !== g2 && "&" !== g2, i2 = /\*/.test(d2);
          return { type: i2 ? "Decorator" : "MustacheStatement", path: a2, params: b2, hash: c2, escaped: h2, strip: e2, loc: this.locInfo(f2) };
        }
        function k(a2, b2, c2, e2) {
          d(a2, c2), e2 = this.locInfo(e2);
          var f2 = { type: "Program", body: b2, strip: {}, loc: e2 };
          return { type: "BlockStatement", path: a2.path, params: a2.params, hash: a2.hash, program: f2, openStrip: {}, inverseStrip: {}, closeStrip: {}, loc: e2 };
        }
        function l(a2, b2, c2, e2, f2, g2) {
          e2 && e2.path && d(a2, e2);
          var h2 = /\*/.test(a2.open);
          b2.blockParams = a2.blockParams;
          var i2 = void 0, j2 = void 0;
          if (c2) {
            if (h2) throw new q["default"]("Unexpected inverse block on decorator", c2);
            c2.chain && (c2.program.body[0].closeStrip = e2.strip), j2 = c2.strip, i2 = c2.program;
          }
          return f2 && (f2 = i2, i2 = b2, b2 = f2), { type: h2 ? "DecoratorBlock" : "BlockStatement", path: a2.path, params: a2.params, hash: a2.hash, program: b2, inverse: i2, openStrip: a2.strip, inverseStrip: j2, closeStrip: e2 && e2.strip, loc: this.locInfo(g2) };
        }
        function m(a2, b2) {
          if (!b2 && a2.length) {
            var c2 = a2[0].loc, d2 = a2[a2.length - 1].loc;
            c2 && d2 && (b2 = { source: c2.source, start: { line: c2.start.line, column: c2.start.column }, end: { line: d2.end.line, column: d2.end.column } });
          }
          return { type: "Program", body: a2, strip: {}, loc: b2 };
        }
        function n(a2, b2, c2, e2) {
          return d(a2, c2), { type: "PartialBlockStatement", name: a2.path, params: a2.params, hash: a2.hash, program: b2, openStrip: a2.strip, closeStrip: c2 && c2.strip, loc: this.locInfo(e2) };
        }
        var o = c(1)["default"];
        b.__esModule = true, b.SourceLocation = e, b.id = f, b.stripFlags = g, b.stripComment = h, b.preparePath = i, b.prepareMustache = j, b.prepareRawBlock = k, b.prepareBlock = l, b.prepareProgram = m, b.preparePartialBlock = n;
        var p = c(6), q = o(p);
      }, function(a, b, c) {
        "use strict";
        function d() {
        }
        function e(a2, b2, c2) {
          if (null == a2 || "string" != typeof a2 && "Program" !== a2.type) throw new r["default"]("You must pass a string or Handlebars AST to Handlebars.precompile. You passed " + a2);
          b2 = b2 || {}, "data" in b2 || (b2.data = true), b2.compat && (b2.useDepths = true);
          var d2 = c2.parse(a2, b2), e2 = new c2.Compiler().compile(d2, b2);
          return new c2.JavaScriptCompiler().compile(e2, b2);
        }
        function f(a2, b2, c2) {
          function d2() {
            var d3 = c2.parse(a2, b2), e3 = new c2.Compiler().compile(d3, b2), f3 = new c2.JavaScriptCompiler().compile(e3, b2, void 0, true);
            return c2.template(f3);
          }
          function e2(a3, b3) {
            return f2 || (f2 = d2()), f2.call(this, a3, b3);
          }
          if (void 0 === b2 && (b2 = {}), null == a2 || "string" != typeof a2 && "Program" !== a2.type) throw new r["default"]("You must pass a string or Handlebars AST to Handlebars.compile. You passed " + a2);
          b2 = s.extend({}, b2), "data" in b2 || (b2.data = true), b2.compat && (b2.useDepths = true);
          var f2 = void 0;
          return e2._setup = function(a3) {
            return f2 || (f2 = d2()), f2._setup(a3);
          }, e2._child = function(a3, b3, c3, e3) {
            return f2 || (f2 = d2()), f2._child(a3, b3, c3, e3);
          }, e2;
        }
        function g(a2, b2) {
          return new r["default"]("Invalid AST: " + a2.type + " " + b2, a2);
        }
        function h(a2) {
          var b2 = a2.depth;
          if (null == b2) return 0;
          if ("number" != typeof b2 || !isFinite(b2) || Math.floor(b2) !== b2 || b2 < 0) throw g(a2, "depth must be a non-negative integer");
          return b2;
        }
        function i(a2) {
          var b2 = a2.value;
          if ("StringLiteral" === a2.type && "string" != typeof b2) throw g(a2, "value must be a string");
          if ("NumberLiteral" === a2.type && "number" != typeof b2) throw g(a2, "value must be a number");
          if ("BooleanLiteral" === a2.type && "boolean" != typeof b2) throw g(a2, "value must be a boolean");
        }
        function j(a2, b2, c2) {
          if (!s.isArray(b2)) throw g(a2, c2 + " must be an array");
          for (var d2 = 0; d2 < b2.length; d2++) if ("string" != typeof b2[d2]) throw g(a2, c2 + " must only contain strings");
          return b2;
        }
        function k(a2) {
          return j(a2, a2.parts, "parts");
        }
        function l(a2) {
          null != a2.blockParams && j(a2, a2.blockParams, "blockParams");
        }
        function m(a2, b2) {
          if (a2 === b2) return true;
          if (s.isArray(a2) && s.isArray(b2) && a2.length === b2.length) {
            for (var c2 = 0; c2 < a2.length; c2++) if (!m(a2[c2], b2[c2])) return false;
            return true;
          }
        }
        function n(a2) {
          if (!a2.path.parts) {
            var b2 = a2.path;
            a2.path = { type: "PathExpression", data: false, depth: 0, parts: [b2.original + ""], original: b2.original + "", loc: b2.loc };
          }
        }
        var o = c(74)["default"], p = c(1)["default"];
        b.__esModule = true, b.Compiler = d, b.precompile = e, b.compile = f;
        var q = c(6), r = p(q), s = c(5), t = c(83), u = p(t), v = c(88), w = [].slice;
        d.prototype = { compiler: d, equals: function(a2) {
          var b2 = this.opcodes.length;
          if (a2.opcodes.length !== b2) return false;
          for (var c2 = 0; c2 < b2; c2++) {
            var d2 = this.opcodes[c2], e2 = a2.opcodes[c2];
            if (d2.opcode !== e2.opcode || !m(d2.args, e2.args)) return false;
          }
          b2 = this.children.length;
          for (var c2 = 0; c2 < b2; c2++) if (!this.children[c2].equals(a2.children[c2])) return false;
          return true;
        }, guid: 0, compile: function(a2, b2) {
          return this.sourceNode = [], this.opcodes = [], this.children = [], this.options = b2, this.stringParams = b2.stringParams, this.trackIds = b2.trackIds, b2.blockParams = b2.blockParams || [], b2.knownHelpers = s.extend(o(null), { helperMissing: true, blockHelperMissing: true, each: true, "if": true, unless: true, "with": true, log: true, lookup: true }, b2.knownHelpers), this.accept(a2);
        }, compileProgram: function(a2) {
          var b2 = new this.compiler(), c2 = b2.compile(a2, this.options), d2 = this.guid++;
          return this.usePartial = this.usePartial || c2.usePartial, this.children[d2] = c2, this.useDepths = this.useDepths || c2.useDepths, d2;
        }, accept: function(a2) {
          if (s.indexOf(v.NODE_TYPES, a2.type) === -1 || !this[a2.type]) throw new r["default"]("Unknown type: " + a2.type, a2);
          this.sourceNode.unshift(a2);
          var b2 = this[a2.type](a2);
          return this.sourceNode.shift(), b2;
        }, Program: function(a2) {
          l(a2), this.options.blockParams.unshift(a2.blockParams);
          for (var b2 = a2.body, c2 = b2.length, d2 = 0; d2 < c2; d2++) this.accept(b2[d2]);
          return this.options.blockParams.shift(), this.isSimple = 1 === c2, this.blockParams = a2.blockParams ? a2.blockParams.length : 0, this;
        }, BlockStatement: function(a2) {
          n(a2);
          var b2 = a2.program, c2 = a2.inverse;
          b2 = b2 && this.compileProgram(b2), c2 = c2 && this.compileProgram(c2);
          var d2 = this.classifySexpr(a2);
          "helper" === d2 ? this.helperSexpr(a2, b2, c2) : "simple" === d2 ? (this.simpleSexpr(a2), this.opcode("pushProgram", b2), this.opcode("pushProgram", c2), this.opcode("emptyHash"), this.opcode("blockValue", a2.path.original)) : (this.ambiguousSexpr(a2, b2, c2), this.opcode("pushProgram", b2), this.opcode("pushProgram", c2), this.opcode("emptyHash"), this.opcode("ambiguousBlockValue")), this.opcode("append");
        }, DecoratorBlock: function(a2) {
          var b2 = a2.program && this.compileProgram(a2.program), c2 = this.setupFullMustacheParams(a2, b2, void 0), d2 = a2.path;
          this.useDecorators = true, this.opcode("registerDecorator", c2.length, d2.original);
        }, PartialStatement: function(a2) {
          this.usePartial = true;
          var b2 = a2.program;
          b2 && (b2 = this.compileProgram(a2.program));
          var c2 = a2.params;
          if (c2.length > 1) throw new r["default"]("Unsupported number of partial arguments: " + c2.length, a2);
          c2.length || (this.options.explicitPartialContext ? this.opcode("pushLiteral", "undefined") : c2.push({ type: "PathExpression", parts: [], depth: 0 }));
          var d2 = a2.name.original, e2 = "SubExpression" === a2.name.type;
          e2 && this.accept(a2.name), this.setupFullMustacheParams(a2, b2, void 0, true);
          var f2 = a2.indent || "";
          this.options.preventIndent && f2 && (this.opcode("appendContent", f2), f2 = ""), this.opcode("invokePartial", e2, d2, f2), this.opcode("append");
        }, PartialBlockStatement: function(a2) {
          this.PartialStatement(a2);
        }, MustacheStatement: function(a2) {
          this.SubExpression(a2), a2.escaped && !this.options.noEscape ? this.opcode("appendEscaped") : this.opcode("append");
        }, Decorator: function(a2) {
          this.DecoratorBlock(a2);
        }, ContentStatement: function(a2) {
          if (null != a2.value && "string" != typeof a2.value) throw g(a2, "value must be a string");
          a2.value && this.opcode("appendContent", a2.value);
        }, CommentStatement: function() {
        }, SubExpression: function(a2) {
          n(a2);
          var b2 = this.classifySexpr(a2);
          "simple" === b2 ? this.simpleSexpr(a2) : "helper" === b2 ? this.helperSexpr(a2) : this.ambiguousSexpr(a2);
        }, ambiguousSexpr: function(a2, b2, c2) {
          var d2 = a2.path, e2 = d2.parts[0], f2 = null != b2 || null != c2;
          this.opcode("getContext", h(d2)), this.opcode("pushProgram", b2), this.opcode("pushProgram", c2), d2.strict = true, this.accept(d2), this.opcode("invokeAmbiguous", e2, f2);
        }, simpleSexpr: function(a2) {
          var b2 = a2.path;
          b2.strict = true, this.accept(b2), this.opcode("resolvePossibleLambda");
        }, helperSexpr: function(a2, b2, c2) {
          var d2 = this.setupFullMustacheParams(a2, b2, c2), e2 = a2.path, f2 = e2.parts[0];
          if (this.options.knownHelpers[f2]) this.opcode("invokeKnownHelper", d2.length, f2);
          else {
            if (this.options.knownHelpersOnly) throw new r["default"]("You specified knownHelpersOnly, but used the unknown helper " + f2, a2);
            e2.strict = true, e2.falsy = true, this.accept(e2), this.opcode("invokeHelper", d2.length, e2.original, u["default"].helpers.simpleId(e2));
          }
        }, PathExpression: function(a2) {
          var b2 = h(a2), c2 = k(a2);
          this.addDepth(b2), this.opcode("getContext", b2);
          var d2 = c2[0], e2 = u["default"].helpers.scopedId(a2), f2 = !b2 && !e2 && this.blockParamIndex(d2);
          f2 ? this.opcode("lookupBlockParam", f2, c2) : d2 ? a2.data ? (this.options.data = true, this.opcode("lookupData", b2, c2, a2.strict)) : this.opcode("lookupOnContext", c2, a2.falsy, a2.strict, e2) : this.opcode("pushContext");
        }, StringLiteral: function(a2) {
          i(a2), this.opcode("pushString", a2.value);
        }, NumberLiteral: function(a2) {
          i(a2), this.opcode("pushLiteral", a2.value);
        }, BooleanLiteral: function(a2) {
          i(a2), this.opcode("pushLiteral", a2.value);
        }, UndefinedLiteral: function() {
          this.opcode("pushLiteral", "undefined");
        }, NullLiteral: function() {
          this.opcode("pushLiteral", "null");
        }, Hash: function(a2) {
          var b2 = a2.pairs, c2 = 0, d2 = void 0;
          if (!s.isArray(b2)) throw g(a2, "pairs must be an array");
          d2 = b2.length;
          for (var e2 = 0; e2 < d2; e2++) if (!b2[e2] || "string" != typeof b2[e2].key) throw g(a2, "pair keys must be strings");
          for (this.opcode("pushHash"); c2 < d2; c2++) this.pushParam(b2[c2].value);
          for (; c2--; ) this.opcode("assignToHash", b2[c2].key);
          this.opcode("popHash");
        }, opcode: function(a2) {
          this.opcodes.push({ opcode: a2, args: w.call(arguments, 1), loc: this.sourceNode[0].loc });
        }, addDepth: function(a2) {
          a2 && (this.useDepths = true);
        }, classifySexpr: function(a2) {
          k(a2.path);
          var b2 = u["default"].helpers.simpleId(a2.path), c2 = b2 && !!this.blockParamIndex(a2.path.parts[0]), d2 = !c2 && u["default"].helpers.helperExpression(a2), e2 = !c2 && (d2 || b2);
          if (e2 && !d2) {
            var f2 = a2.path.parts[0], g2 = this.options;
            g2.knownHelpers[f2] ? d2 = true : g2.knownHelpersOnly && (e2 = false);
          }
          return d2 ? "helper" : e2 ? "ambiguous" : "simple";
        }, pushParams: function(a2) {
          for (var b2 = 0, c2 = a2.length; b2 < c2; b2++) this.pushParam(a2[b2]);
        }, pushParam: function(a2) {
          i(a2);
          var b2 = null != a2.value ? a2.value : a2.original || "", c2 = h(a2);
          if (this.stringParams) "number" != typeof b2 && "boolean" != typeof b2 && (b2 = String(b2)), b2.replace && (b2 = b2.replace(/^(\.?\.\/)*/g, "").replace(/\//g, ".")), c2 && this.addDepth(c2), this.opcode("getContext", c2), this.opcode("pushStringParam", b2, a2.type), "SubExpression" === a2.type && this.accept(a2);
          else {
            if (this.trackIds) {
              var d2 = void 0;
              if (!a2.parts || u["default"].helpers.scopedId(a2) || c2 || (d2 = this.blockParamIndex(k(a2)[0])), d2) {
                var e2 = a2.parts.slice(1).join(".");
                this.opcode("pushId", "BlockParam", d2, e2);
              } else b2 = a2.original || b2, b2.replace && (b2 = b2.replace(/^this(?:\.|$)/, "").replace(/^\.\//, "").replace(/^\.$/, "")), this.opcode("pushId", a2.type, b2);
            }
            this.accept(a2);
          }
        }, setupFullMustacheParams: function(a2, b2, c2, d2) {
          var e2 = a2.params;
          return this.pushParams(e2), this.opcode("pushProgram", b2), this.opcode("pushProgram", c2), a2.hash ? this.accept(a2.hash) : this.opcode("emptyHash", d2), e2;
        }, blockParamIndex: function(a2) {
          for (var b2 = 0, c2 = this.options.blockParams.length; b2 < c2; b2++) {
            var d2 = this.options.blockParams[b2], e2 = d2 && s.indexOf(d2, a2);
            if (d2 && e2 >= 0) return [b2, e2];
          }
        } };
      }, function(a, b, c) {
        "use strict";
        function d(a2) {
          this.value = a2;
        }
        function e() {
        }
        function f(a2) {
          var b2 = a2.source.currentLocation;
          return b2 ? n.safeJsonLiteral(b2) : "undefined";
        }
        function g(a2, b2, c2, d2, e2) {
          var g2 = b2.popStack(), h2 = c2.length;
          a2 && h2--;
          for (var i2 = d2; i2 < h2; i2++) g2 = b2.nameLookup(g2, c2[i2], e2);
          return a2 ? [b2.aliasable("container.strict"), "(", g2, ", ", b2.quotedString(c2[h2]), ", ", f(b2), " )"] : g2;
        }
        var h = c(60)["default"], i = c(1)["default"];
        b.__esModule = true;
        var j = c(4), k = c(6), l = i(k), m = c(5), n = c(92), o = i(n);
        e.prototype = { nameLookup: function(a2, b2) {
          return this.internalNameLookup(a2, b2);
        }, depthedLookup: function(a2) {
          return [this.aliasable("container.lookup"), "(depths, ", this.quotedString(a2), ")"];
        }, compilerInfo: function() {
          var a2 = j.COMPILER_REVISION, b2 = j.REVISION_CHANGES[a2];
          return [a2, b2];
        }, appendToBuffer: function(a2, b2, c2) {
          return m.isArray(a2) || (a2 = [a2]), a2 = this.source.wrap(a2, b2), this.environment.isSimple ? ["return ", a2, ";"] : c2 ? ["buffer += ", a2, ";"] : (a2.appendToBuffer = true, a2);
        }, initializeBuffer: function() {
          return this.quotedString("");
        }, internalNameLookup: function(a2, b2) {
          return this.lookupPropertyFunctionIsUsed = true, ["lookupProperty(", a2, ",", this.quotedString(b2), ")"];
        }, lookupPropertyFunctionIsUsed: false, compile: function(a2, b2, c2, d2) {
          this.environment = a2, this.options = b2, this.stringParams = this.options.stringParams, this.trackIds = this.options.trackIds, this.precompile = !d2, this.name = this.environment.name, this.isChild = !!c2, this.context = c2 || { decorators: [], programs: [], environments: [] }, this.preamble(), this.stackSlot = 0, this.stackVars = [], this.aliases = {}, this.registers = { list: [] }, this.hashes = [], this.compileStack = [], this.inlineStack = [], this.blockParams = [], this.compileChildren(a2, b2), this.useDepths = this.useDepths || a2.useDepths || a2.useDecorators || this.options.compat, this.useBlockParams = this.useBlockParams || a2.useBlockParams;
          var e2 = a2.opcodes, f2 = void 0, g2 = void 0, h2 = void 0, i2 = void 0;
          for (h2 = 0, i2 = e2.length; h2 < i2; h2++) f2 = e2[h2], this.source.currentLocation = f2.loc, g2 = g2 || f2.loc, this[f2.opcode].apply(this, f2.args);
          if (this.source.currentLocation = g2, this.pushSource(""), this.stackSlot || this.inlineStack.length || this.compileStack.length) throw new l["default"]("Compile completed with content left on stack");
          this.decorators.isEmpty() ? this.decorators = void 0 : (this.useDecorators = true, this.decorators.prepend(["var decorators = container.decorators, ", this.lookupPropertyFunctionVarDeclaration(), ";\n"]), this.decorators.push("return fn;"), d2 ? this.decorators = Function.apply(this, ["fn", "props", "container", "depth0", "data", "blockParams", "depths", this.decorators.merge()]) : (this.decorators.prepend("function(fn, props, container, depth0, data, blockParams, depths) {\n"), this.decorators.push("}\n"), this.decorators = this.decorators.merge()));
          var j2 = this.createFunctionContext(d2);
          if (this.isChild) return j2;
          var k2 = { compiler: this.compilerInfo(), main: j2 };
          this.decorators && (k2.main_d = this.decorators, k2.useDecorators = true);
          var m2 = this.context, n2 = m2.programs, o2 = m2.decorators;
          for (h2 = 0, i2 = n2.length; h2 < i2; h2++) k2[h2] = n2[h2], o2[h2] && (k2[h2 + "_d"] = o2[h2], k2.useDecorators = true);
          return this.environment.usePartial && (k2.usePartial = true), this.options.data && (k2.useData = true), this.useDepths && (k2.useDepths = true), this.useBlockParams && (k2.useBlockParams = true), this.options.compat && (k2.compat = true), d2 ? k2.compilerOptions = this.options : (k2.compiler = JSON.stringify(k2.compiler), this.source.currentLocation = { start: { line: 1, column: 0 } }, k2 = this.objectLiteral(k2), b2.srcName ? (k2 = k2.toStringWithSourceMap({ file: b2.destName }), k2.map = k2.map && k2.map.toString()) : k2 = k2.toString()), k2;
        }, preamble: function() {
          this.lastContext = 0, this.source = new o["default"](this.options.srcName), this.decorators = new o["default"](this.options.srcName);
        }, createFunctionContext: function(a2) {
          var b2 = this, c2 = "", d2 = this.stackVars.concat(this.registers.list);
          d2.length > 0 && (c2 += ", " + d2.join(", "));
          var e2 = 0;
          h(this.aliases).forEach(function(a3) {
            var d3 = b2.aliases[a3];
            d3.children && d3.referenceCount > 1 && (c2 += ", alias" + ++e2 + "=" + a3, d3.children[0] = "alias" + e2);
          }), this.lookupPropertyFunctionIsUsed && (c2 += ", " + this.lookupPropertyFunctionVarDeclaration());
          var f2 = ["container", "depth0", "helpers", "partials", "data"];
          (this.useBlockParams || this.useDepths) && f2.push("blockParams"), this.useDepths && f2.push("depths");
          var g2 = this.mergeSource(c2);
          return a2 ? (f2.push(g2), Function.apply(this, f2)) : this.source.wrap(["function(", f2.join(","), ") {\n  ", g2, "}"]);
        }, mergeSource: function(a2) {
          var b2 = this.environment.isSimple, c2 = !this.forceBuffer, d2 = void 0, e2 = void 0, f2 = void 0, g2 = void 0;
          return this.source.each(function(a3) {
            a3.appendToBuffer ? (f2 ? a3.prepend("  + ") : f2 = a3, g2 = a3) : (f2 && (e2 ? f2.prepend("buffer += ") : d2 = true, g2.add(";"), f2 = g2 = void 0), e2 = true, b2 || (c2 = false));
          }), c2 ? f2 ? (f2.prepend("return "), g2.add(";")) : e2 || this.source.push('return "";') : (a2 += ", buffer = " + (d2 ? "" : this.initializeBuffer()), f2 ? (f2.prepend("return buffer + "), g2.add(";")) : this.source.push("return buffer;")), a2 && this.source.prepend("var " + a2.substring(2) + (d2 ? "" : ";\n")), this.source.merge();
        }, lookupPropertyFunctionVarDeclaration: function() {
          return "\n      lookupProperty = container.lookupProperty || function(parent, propertyName) {\n        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {\n          return parent[propertyName];\n        }\n        return undefined\n    }\n    ".trim();
        }, blockValue: function(a2) {
          var b2 = this.aliasable("container.hooks.blockHelperMissing"), c2 = [this.contextName(0)];
          this.setupHelperArgs(a2, 0, c2);
          var d2 = this.popStack();
          c2.splice(1, 0, d2), this.push(this.source.functionCall(b2, "call", c2));
        }, ambiguousBlockValue: function() {
          var a2 = this.aliasable("container.hooks.blockHelperMissing"), b2 = [this.contextName(0)];
          this.setupHelperArgs("", 0, b2, true), this.flushInline();
          var c2 = this.topStack();
          b2.splice(1, 0, c2), this.pushSource(["if (!", this.lastHelper, ") { ", c2, " = ", this.source.functionCall(a2, "call", b2), "}"]);
        }, appendContent: function(a2) {
          this.pendingContent ? a2 = this.pendingContent + a2 : this.pendingLocation = this.source.currentLocation, this.pendingContent = a2;
        }, append: function() {
          if (this.isInline()) this.replaceStack(function(a3) {
            return [" != null ? ", a3, ' : ""'];
          }), this.pushSource(this.appendToBuffer(this.popStack()));
          else {
            var a2 = this.popStack();
            this.pushSource(["if (", a2, " != null) { ", this.appendToBuffer(a2, void 0, true), " }"]), this.environment.isSimple && this.pushSource(["else { ", this.appendToBuffer("''", void 0, true), " }"]);
          }
        }, appendEscaped: function() {
          this.pushSource(this.appendToBuffer([this.aliasable("container.escapeExpression"), "(", this.popStack(), ")"]));
        }, getContext: function(a2) {
          this.lastContext = a2;
        }, pushContext: function() {
          this.pushStackLiteral(this.contextName(this.lastContext));
        }, lookupOnContext: function(a2, b2, c2, d2) {
          var e2 = 0;
          d2 || !this.options.compat || this.lastContext ? this.pushContext() : this.push(this.depthedLookup(a2[e2++])), this.resolvePath("context", a2, e2, b2, c2);
        }, lookupBlockParam: function(a2, b2) {
          this.useBlockParams = true, this.push(["blockParams[", a2[0], "][", a2[1], "]"]), this.resolvePath("context", b2, 1);
        }, lookupData: function(a2, b2, c2) {
          a2 ? this.pushStackLiteral("container.data(data, " + a2 + ")") : this.pushStackLiteral("data"), this.resolvePath("data", b2, 0, true, c2);
        }, resolvePath: function(a2, b2, c2, d2, e2) {
          var f2 = this;
          if (this.options.strict || this.options.assumeObjects) return void this.push(g(this.options.strict && e2, this, b2, c2, a2));
          for (var h2 = b2.length, i2 = function(c3) {
            f2.replaceStack(function(e3) {
              var g2 = f2.nameLookup(e3, b2[c3], a2);
              return d2 ? [" && ", g2] : [" != null ? ", g2, " : ", e3];
            });
          }, j2 = c2; j2 < h2; j2++) i2(j2);
        }, resolvePossibleLambda: function() {
          this.push([this.aliasable("container.lambda"), "(", this.popStack(), ", ", this.contextName(0), ")"]);
        }, pushStringParam: function(a2, b2) {
          this.pushContext(), this.pushString(b2), "SubExpression" !== b2 && ("string" == typeof a2 ? this.pushString(a2) : this.pushStackLiteral(a2));
        }, emptyHash: function(a2) {
          this.trackIds && this.push("{}"), this.stringParams && (this.push("{}"), this.push("{}")), this.pushStackLiteral(a2 ? "undefined" : "{}");
        }, pushHash: function() {
          this.hash && this.hashes.push(this.hash), this.hash = { values: {}, types: [], contexts: [], ids: [] };
        }, popHash: function() {
          var a2 = this.hash;
          this.hash = this.hashes.pop(), this.trackIds && this.push(this.objectLiteral(a2.ids)), this.stringParams && (this.push(this.objectLiteral(a2.contexts)), this.push(this.objectLiteral(a2.types))), this.push(this.objectLiteral(a2.values));
        }, pushString: function(a2) {
          this.pushStackLiteral(this.quotedString(a2));
        }, pushLiteral: function(a2) {
          this.pushStackLiteral(a2);
        }, pushProgram: function(a2) {
          null != a2 ? this.pushStackLiteral(this.programExpression(a2)) : this.pushStackLiteral(null);
        }, registerDecorator: function(a2, b2) {
          var c2 = this.nameLookup("decorators", b2, "decorator"), d2 = this.setupHelperArgs(b2, a2);
          this.decorators.push(["var decorator = ", c2, ";"]), this.decorators.push(['if (typeof decorator !== "function") { throw new Error(', this.quotedString('Missing decorator: "' + b2 + '"'), "); }"]), this.decorators.push(["fn = ", this.decorators.functionCall("decorator", "", ["fn", "props", "container", d2]), " || fn;"]);
        }, invokeHelper: function(a2, b2, c2) {
          var d2 = this.popStack(), e2 = this.setupHelper(a2, b2), f2 = [];
          c2 && f2.push(e2.name), f2.push(d2), this.options.strict || f2.push(this.aliasable("container.hooks.helperMissing"));
          var g2 = ["(", this.itemsSeparatedBy(f2, "||"), ")"], h2 = this.source.functionCall(g2, "call", e2.callParams);
          this.push(h2);
        }, itemsSeparatedBy: function(a2, b2) {
          var c2 = [];
          c2.push(a2[0]);
          for (var d2 = 1; d2 < a2.length; d2++) c2.push(b2, a2[d2]);
          return c2;
        }, invokeKnownHelper: function(a2, b2) {
          var c2 = this.setupHelper(a2, b2);
          this.push(this.source.functionCall(c2.name, "call", c2.callParams));
        }, invokeAmbiguous: function(a2, b2) {
          this.useRegister("helper");
          var c2 = this.popStack();
          this.emptyHash();
          var d2 = this.setupHelper(0, a2, b2), e2 = this.lastHelper = this.nameLookup("helpers", a2, "helper"), f2 = ["(", "(helper = ", e2, " || ", c2, ")"];
          this.options.strict || (f2[0] = "(helper = ", f2.push(" != null ? helper : ", this.aliasable("container.hooks.helperMissing"))), this.push(["(", f2, d2.paramsInit ? ["),(", d2.paramsInit] : [], "),", "(typeof helper === ", this.aliasable('"function"'), " ? ", this.source.functionCall("helper", "call", d2.callParams), " : helper))"]);
        }, invokePartial: function(a2, b2, c2) {
          var d2 = [], e2 = this.setupParams(b2, 1, d2);
          a2 && (b2 = this.popStack(), delete e2.name), c2 && (e2.indent = this.quotedString(c2)), e2.helpers = "helpers", e2.partials = "partials", e2.decorators = "container.decorators", a2 ? d2.unshift(b2) : d2.unshift(this.nameLookup("partials", b2, "partial")), this.options.compat && (e2.depths = "depths"), e2 = this.objectLiteral(e2), d2.push(e2), this.push(this.source.functionCall("container.invokePartial", "", d2));
        }, assignToHash: function(a2) {
          var b2 = this.popStack(), c2 = void 0, d2 = void 0, e2 = void 0;
          this.trackIds && (e2 = this.popStack()), this.stringParams && (d2 = this.popStack(), c2 = this.popStack());
          var f2 = this.hash;
          c2 && (f2.contexts[a2] = c2), d2 && (f2.types[a2] = d2), e2 && (f2.ids[a2] = e2), f2.values[a2] = b2;
        }, pushId: function(a2, b2, c2) {
          "BlockParam" === a2 ? this.pushStackLiteral("blockParams[" + b2[0] + "].path[" + b2[1] + "]" + (c2 ? " + " + this.quotedString("." + c2) : "")) : "PathExpression" === a2 ? this.pushString(b2) : "SubExpression" === a2 ? this.pushStackLiteral("true") : this.pushStackLiteral("null");
        }, compiler: e, compileChildren: function(a2, b2) {
          for (var c2 = a2.children, d2 = void 0, e2 = void 0, f2 = 0, g2 = c2.length; f2 < g2; f2++) {
            d2 = c2[f2], e2 = new this.compiler();
            var h2 = this.matchExistingProgram(d2);
            if (null == h2) {
              var i2 = this.context.programs.push("") - 1;
              d2.index = i2, d2.name = "program" + i2, this.context.programs[i2] = e2.compile(d2, b2, this.context, !this.precompile), this.context.decorators[i2] = e2.decorators, this.context.environments[i2] = d2, this.useDepths = this.useDepths || e2.useDepths, this.useBlockParams = this.useBlockParams || e2.useBlockParams, d2.useDepths = this.useDepths, d2.useBlockParams = this.useBlockParams;
            } else d2.index = h2.index, d2.name = "program" + h2.index, this.useDepths = this.useDepths || h2.useDepths, this.useBlockParams = this.useBlockParams || h2.useBlockParams;
          }
        }, matchExistingProgram: function(a2) {
          for (var b2 = 0, c2 = this.context.environments.length; b2 < c2; b2++) {
            var d2 = this.context.environments[b2];
            if (d2 && d2.equals(a2)) return d2;
          }
        }, programExpression: function(a2) {
          var b2 = this.environment.children[a2], c2 = [b2.index, "data", b2.blockParams];
          return (this.useBlockParams || this.useDepths) && c2.push("blockParams"), this.useDepths && c2.push("depths"), "container.program(" + c2.join(", ") + ")";
        }, useRegister: function(a2) {
          this.registers[a2] || (this.registers[a2] = true, this.registers.list.push(a2));
        }, push: function(a2) {
          return a2 instanceof d || (a2 = this.source.wrap(a2)), this.inlineStack.push(a2), a2;
        }, pushStackLiteral: function(a2) {
          this.push(new d(a2));
        }, pushSource: function(a2) {
          this.pendingContent && (this.source.push(this.appendToBuffer(this.source.quotedString(this.pendingContent), this.pendingLocation)), this.pendingContent = void 0), a2 && this.source.push(a2);
        }, replaceStack: function(a2) {
          var b2 = ["("], c2 = void 0, e2 = void 0, f2 = void 0;
          if (!this.isInline()) throw new l["default"]("replaceStack on non-inline");
          var g2 = this.popStack(true);
          if (g2 instanceof d) c2 = [g2.value], b2 = ["(", c2], f2 = true;
          else {
            e2 = true;
            var h2 = this.incrStack();
            b2 = ["((", this.push(h2), " = ", g2, ")"], c2 = this.topStack();
          }
          var i2 = a2.call(this, c2);
          f2 || this.popStack(), e2 && this.stackSlot--, this.push(b2.concat(i2, ")"));
        }, incrStack: function() {
          return this.stackSlot++, this.stackSlot > this.stackVars.length && this.stackVars.push("stack" + this.stackSlot), this.topStackName();
        }, topStackName: function() {
          return "stack" + this.stackSlot;
        }, flushInline: function() {
          var a2 = this.inlineStack;
          this.inlineStack = [];
          for (var b2 = 0, c2 = a2.length; b2 < c2; b2++) {
            var e2 = a2[b2];
            if (e2 instanceof d) this.compileStack.push(e2);
            else {
              var f2 = this.incrStack();
              this.pushSource([f2, " = ", e2, ";"]), this.compileStack.push(f2);
            }
          }
        }, isInline: function() {
          return this.inlineStack.length;
        }, popStack: function(a2) {
          var b2 = this.isInline(), c2 = (b2 ? this.inlineStack : this.compileStack).pop();
          if (!a2 && c2 instanceof d) return c2.value;
          if (!b2) {
            if (!this.stackSlot) throw new l["default"]("Invalid stack pop");
            this.stackSlot--;
          }
          return c2;
        }, topStack: function() {
          var a2 = this.isInline() ? this.inlineStack : this.compileStack, b2 = a2[a2.length - 1];
          return b2 instanceof d ? b2.value : b2;
        }, contextName: function(a2) {
          return this.useDepths && a2 ? "depths[" + a2 + "]" : "depth" + a2;
        }, quotedString: function(a2) {
          return this.source.quotedString(a2);
        }, objectLiteral: function(a2) {
          return this.source.objectLiteral(a2);
        }, aliasable: function(a2) {
          var b2 = this.aliases[a2];
          return b2 ? (b2.referenceCount++, b2) : (b2 = this.aliases[a2] = this.source.wrap(a2), b2.aliasable = true, b2.referenceCount = 1, b2);
        }, setupHelper: function(a2, b2, c2) {
          var d2 = [], e2 = this.setupHelperArgs(b2, a2, d2, c2), f2 = this.nameLookup("helpers", b2, "helper"), g2 = this.aliasable(this.contextName(0) + " != null ? " + this.contextName(0) + " : (container.nullContext || {})");
          return { params: d2, paramsInit: e2, name: f2, callParams: [g2].concat(d2) };
        }, setupParams: function(a2, b2, c2) {
          var d2 = {}, e2 = [], f2 = [], g2 = [], h2 = !c2, i2 = void 0;
          h2 && (c2 = []), d2.name = this.quotedString(a2), d2.hash = this.popStack(), this.trackIds && (d2.hashIds = this.popStack()), this.stringParams && (d2.hashTypes = this.popStack(), d2.hashContexts = this.popStack());
          var j2 = this.popStack(), k2 = this.popStack();
          (k2 || j2) && (d2.fn = k2 || "container.noop", d2.inverse = j2 || "container.noop");
          for (var l2 = b2; l2--; ) i2 = this.popStack(), c2[l2] = i2, this.trackIds && (g2[l2] = this.popStack()), this.stringParams && (f2[l2] = this.popStack(), e2[l2] = this.popStack());
          return h2 && (d2.args = this.source.generateArray(c2)), this.trackIds && (d2.ids = this.source.generateArray(g2)), this.stringParams && (d2.types = this.source.generateArray(f2), d2.contexts = this.source.generateArray(e2)), this.options.data && (d2.data = "data"), this.useBlockParams && (d2.blockParams = "blockParams"), d2;
        }, setupHelperArgs: function(a2, b2, c2, d2) {
          var e2 = this.setupParams(a2, b2, c2);
          return e2.loc = f(this), e2 = this.objectLiteral(e2), d2 ? (this.useRegister("options"), c2.push("options"), ["options=", e2]) : c2 ? (c2.push(e2), "") : e2;
        } }, (function() {
          for (var a2 = "break else new var case finally return void catch for switch while continue function this with default if throw delete in try do instanceof typeof abstract enum int short boolean export interface static byte extends long super char final native synchronized class float package throws const goto private transient debugger implements protected volatile double import public let yield await null true false".split(" "), b2 = e.RESERVED_WORDS = {}, c2 = 0, d2 = a2.length; c2 < d2; c2++) b2[a2[c2]] = true;
        })(), e.isValidJavaScriptVariableName = function(a2) {
          return !e.RESERVED_WORDS[a2] && /^[a-zA-Z_$][0-9a-zA-Z_$]*$/.test(a2);
        }, b["default"] = e, a.exports = b["default"];
      }, function(a, b, c) {
        "use strict";
        function d(a2) {
          return a2.replace(l, "\\u003C");
        }
        function e(a2) {
          return "\\u" + a2.charCodeAt(0).toString(16);
        }
        function f(a2) {
          return d(JSON.stringify(a2).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029").replace(/[\ud800-\udfff]/g, e));
        }
        function g(a2, b2, c2) {
          if (j.isArray(a2)) {
            for (var d2 = [], e2 = 0, f2 = a2.length; e2 < f2; e2++) d2.push(b2.wrap(a2[e2], c2));
            return d2;
          }
          return "boolean" == typeof a2 || "number" == typeof a2 ? a2 + "" : a2;
        }
        function h(a2) {
          this.srcFile = a2, this.source = [];
        }
        var i = c(60)["default"];
        b.__esModule = true, b.safeJsonLiteral = f;
        var j = c(5), k = /[\x00-\x1f\\"\u2028\u2029<\ud800-\udfff]/, l = /<(?=!--|\/?script)/gi, m = void 0;
        try {
        } catch (n) {
        }
        m || (m = function(a2, b2, c2, d2) {
          this.src = "", d2 && this.add(d2);
        }, m.prototype = { add: function(a2) {
          j.isArray(a2) && (a2 = a2.join("")), this.src += a2;
        }, prepend: function(a2) {
          j.isArray(a2) && (a2 = a2.join("")), this.src = a2 + this.src;
        }, toStringWithSourceMap: function() {
          return { code: this.toString() };
        }, toString: function() {
          return this.src;
        } }), h.prototype = { isEmpty: function() {
          return !this.source.length;
        }, prepend: function(a2, b2) {
          this.source.unshift(this.wrap(a2, b2));
        }, push: function(a2, b2) {
          this.source.push(this.wrap(a2, b2));
        }, merge: function() {
          var a2 = this.empty();
          return this.each(function(b2) {
            a2.add(["  ", b2, "\n"]);
          }), a2;
        }, each: function(a2) {
          for (var b2 = 0, c2 = this.source.length; b2 < c2; b2++) a2(this.source[b2]);
        }, empty: function() {
          var a2 = this.currentLocation || { start: {} };
          return new m(a2.start.line, a2.start.column, this.srcFile);
        }, wrap: function(a2) {
          var b2 = arguments.length <= 1 || void 0 === arguments[1] ? this.currentLocation || { start: {} } : arguments[1];
          return a2 instanceof m ? a2 : (a2 = g(a2, this, b2), new m(b2.start.line, b2.start.column, this.srcFile, a2));
        }, functionCall: function(a2, b2, c2) {
          return c2 = this.generateList(c2), this.wrap([a2, b2 ? "." + b2 + "(" : "(", c2, ")"]);
        }, quotedString: function(a2) {
          return a2 += "", k.test(a2) ? f(a2) : '"' + a2 + '"';
        }, objectLiteral: function(a2) {
          var b2 = this, c2 = [];
          i(a2).forEach(function(d3) {
            var e2 = g(a2[d3], b2);
            "undefined" !== e2 && c2.push([b2.quotedString(d3), ":", e2]);
          });
          var d2 = this.generateList(c2);
          return d2.prepend("{"), d2.add("}"), d2;
        }, generateList: function(a2) {
          for (var b2 = this.empty(), c2 = 0, d2 = a2.length; c2 < d2; c2++) c2 && b2.add(","), b2.add(g(a2[c2], this));
          return b2;
        }, generateArray: function(a2) {
          var b2 = this.generateList(a2);
          return b2.prepend("["), b2.add("]"), b2;
        } }, b["default"] = h;
      }]);
    });
  }
});
export default require_handlebars_min();
/*! Bundled license information:

handlebars/dist/handlebars.min.js:
  (**!
  
   @license
   handlebars v4.7.10
  
  Copyright (C) 2011-2019 by Yehuda Katz
  
  Permission is hereby granted, free of charge, to any person obtaining a copy
  of this software and associated documentation files (the "Software"), to deal
  in the Software without restriction, including without limitation the rights
  to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
  copies of the Software, and to permit persons to whom the Software is
  furnished to do so, subject to the following conditions:
  
  The above copyright notice and this permission notice shall be included in
  all copies or substantial portions of the Software.
  
  THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
  IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
  FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
  AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
  LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
  OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
  THE SOFTWARE.
  
  *)
*/
