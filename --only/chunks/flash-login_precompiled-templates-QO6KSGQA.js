import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./chunk-YRDI762I.js";

// node_modules/handlebars/dist/handlebars.runtime.min.js
var require_handlebars_runtime_min = __commonJS({
  "node_modules/handlebars/dist/handlebars.runtime.min.js"(exports, module) {
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
          var a2 = new h.HandlebarsEnvironment();
          return n.extend(a2, h), a2.SafeString = j["default"], a2.Exception = l["default"], a2.Utils = n, a2.escapeExpression = n.escapeExpression, a2.VM = p, a2.template = function(b2) {
            return p.template(b2, a2);
          }, a2;
        }
        var e = c(1)["default"], f = c(2)["default"];
        b.__esModule = true;
        var g = c(3), h = e(g), i = c(75), j = f(i), k = c(5), l = f(k), m = c(4), n = e(m), o = c(76), p = e(o), q = c(81), r = f(q), s = d();
        s.create = d, r["default"](s), s["default"] = s, b["default"] = s, a.exports = b["default"];
      }, function(a, b) {
        "use strict";
        b["default"] = function(a2) {
          if (a2 && a2.__esModule) return a2;
          var b2 = {};
          if (null != a2) for (var c in a2) Object.prototype.hasOwnProperty.call(a2, c) && (b2[c] = a2[c]);
          return b2["default"] = a2, b2;
        }, b.__esModule = true;
      }, function(a, b) {
        "use strict";
        b["default"] = function(a2) {
          return a2 && a2.__esModule ? a2 : { "default": a2 };
        }, b.__esModule = true;
      }, function(a, b, c) {
        "use strict";
        function d(a2, b2, c2) {
          this.helpers = a2 || {}, this.partials = b2 || {}, this.decorators = c2 || {}, i.registerDefaultHelpers(this), j.registerDefaultDecorators(this);
        }
        var e = c(2)["default"];
        b.__esModule = true, b.HandlebarsEnvironment = d;
        var f = c(4), g = c(5), h = e(g), i = c(9), j = c(69), k = c(71), l = e(k), m = c(72), n = "4.7.10";
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
        var e = c(6)["default"];
        b.__esModule = true;
        var f = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
        d.prototype = new Error(), b["default"] = d, a.exports = b["default"];
      }, function(a, b, c) {
        a.exports = { "default": c(7), __esModule: true };
      }, function(a, b, c) {
        var d = c(8);
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
        var f = c(2)["default"];
        b.__esModule = true, b.registerDefaultHelpers = d, b.moveHelperToHooks = e;
        var g = c(10), h = f(g), i = c(11), j = f(i), k = c(64), l = f(k), m = c(65), n = f(m), o = c(66), p = f(o), q = c(67), r = f(q), s = c(68), t = f(s);
      }, function(a, b, c) {
        "use strict";
        b.__esModule = true;
        var d = c(4);
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
        var e = c(12)["default"], f = c(42)["default"], g = c(54)["default"], h = c(59)["default"], i = c(2)["default"];
        b.__esModule = true;
        var j = c(4), k = c(5), l = i(k);
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
        a.exports = { "default": c(13), __esModule: true };
      }, function(a, b, c) {
        c(14), c(41), a.exports = c(20).Symbol;
      }, function(a, b, c) {
        "use strict";
        var d = c(8), e = c(15), f = c(16), g = c(17), h = c(19), i = c(23), j = c(18), k = c(26), l = c(27), m = c(29), n = c(28), o = c(30), p = c(35), q = c(36), r = c(37), s = c(38), t = c(31), u = c(25), v = d.getDesc, w = d.setDesc, x = d.create, y = p.get, z = e.Symbol, A = e.JSON, B = A && A.stringify, C = false, D = n("_hidden"), E = d.isEnum, F = k("symbol-registry"), G = k("symbols"), H = "function" == typeof z, I = Object.prototype, J = g && j(function() {
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
        }, d.create = O, d.isEnum = P, d.getDesc = Q, d.setDesc = M, d.setDescs = N, d.getNames = p.get = R, d.getSymbols = S, g && !c(40) && i(I, "propertyIsEnumerable", P, true));
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
        a.exports = !c(18)(function() {
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
        var d = c(15), e = c(20), f = c(21), g = "prototype", h = function(a2, b2, c2) {
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
        var d = c(22);
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
        a.exports = c(24);
      }, function(a, b, c) {
        var d = c(8), e = c(25);
        a.exports = c(17) ? function(a2, b2, c2) {
          return d.setDesc(a2, b2, e(1, c2));
        } : function(a2, b2, c2) {
          return a2[b2] = c2, a2;
        };
      }, function(a, b) {
        a.exports = function(a2, b2) {
          return { enumerable: !(1 & a2), configurable: !(2 & a2), writable: !(4 & a2), value: b2 };
        };
      }, function(a, b, c) {
        var d = c(15), e = "__core-js_shared__", f = d[e] || (d[e] = {});
        a.exports = function(a2) {
          return f[a2] || (f[a2] = {});
        };
      }, function(a, b, c) {
        var d = c(8).setDesc, e = c(16), f = c(28)("toStringTag");
        a.exports = function(a2, b2, c2) {
          a2 && !e(a2 = c2 ? a2 : a2.prototype, f) && d(a2, f, { configurable: true, value: b2 });
        };
      }, function(a, b, c) {
        var d = c(26)("wks"), e = c(29), f = c(15).Symbol;
        a.exports = function(a2) {
          return d[a2] || (d[a2] = f && f[a2] || (f || e)("Symbol." + a2));
        };
      }, function(a, b) {
        var c = 0, d = Math.random();
        a.exports = function(a2) {
          return "Symbol(".concat(void 0 === a2 ? "" : a2, ")_", (++c + d).toString(36));
        };
      }, function(a, b, c) {
        var d = c(8), e = c(31);
        a.exports = function(a2, b2) {
          for (var c2, f = e(a2), g = d.getKeys(f), h = g.length, i = 0; h > i; ) if (f[c2 = g[i++]] === b2) return c2;
        };
      }, function(a, b, c) {
        var d = c(32), e = c(34);
        a.exports = function(a2) {
          return d(e(a2));
        };
      }, function(a, b, c) {
        var d = c(33);
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
        var d = c(31), e = c(8).getNames, f = {}.toString, g = "object" == typeof window && Object.getOwnPropertyNames ? Object.getOwnPropertyNames(window) : [], h = function(a2) {
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
        var d = c(8);
        a.exports = function(a2) {
          var b2 = d.getKeys(a2), c2 = d.getSymbols;
          if (c2) for (var e, f = c2(a2), g = d.isEnum, h = 0; f.length > h; ) g.call(a2, e = f[h++]) && b2.push(e);
          return b2;
        };
      }, function(a, b, c) {
        var d = c(33);
        a.exports = Array.isArray || function(a2) {
          return "Array" == d(a2);
        };
      }, function(a, b, c) {
        var d = c(39);
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
        a.exports = { "default": c(43), __esModule: true };
      }, function(a, b, c) {
        c(44), c(50), a.exports = c(28)("iterator");
      }, function(a, b, c) {
        "use strict";
        var d = c(45)(true);
        c(47)(String, "String", function(a2) {
          this._t = String(a2), this._i = 0;
        }, function() {
          var a2, b2 = this._t, c2 = this._i;
          return c2 >= b2.length ? { value: void 0, done: true } : (a2 = d(b2, c2), this._i += a2.length, { value: a2, done: false });
        });
      }, function(a, b, c) {
        var d = c(46), e = c(34);
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
        var d = c(40), e = c(19), f = c(23), g = c(24), h = c(16), i = c(48), j = c(49), k = c(27), l = c(8).getProto, m = c(28)("iterator"), n = !([].keys && "next" in [].keys()), o = "@@iterator", p = "keys", q = "values", r = function() {
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
        var d = c(8), e = c(25), f = c(27), g = {};
        c(24)(g, c(28)("iterator"), function() {
          return this;
        }), a.exports = function(a2, b2, c2) {
          a2.prototype = d.create(g, { next: e(1, c2) }), f(a2, b2 + " Iterator");
        };
      }, function(a, b, c) {
        c(51);
        var d = c(48);
        d.NodeList = d.HTMLCollection = d.Array;
      }, function(a, b, c) {
        "use strict";
        var d = c(52), e = c(53), f = c(48), g = c(31);
        a.exports = c(47)(Array, "Array", function(a2, b2) {
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
        a.exports = { "default": c(55), __esModule: true };
      }, function(a, b, c) {
        c(50), c(44), a.exports = c(56);
      }, function(a, b, c) {
        var d = c(38), e = c(57);
        a.exports = c(20).getIterator = function(a2) {
          var b2 = e(a2);
          if ("function" != typeof b2) throw TypeError(a2 + " is not iterable!");
          return d(b2.call(a2));
        };
      }, function(a, b, c) {
        var d = c(58), e = c(28)("iterator"), f = c(48);
        a.exports = c(20).getIteratorMethod = function(a2) {
          if (void 0 != a2) return a2[e] || a2["@@iterator"] || f[d(a2)];
        };
      }, function(a, b, c) {
        var d = c(33), e = c(28)("toStringTag"), f = "Arguments" == d(/* @__PURE__ */ (function() {
          return arguments;
        })());
        a.exports = function(a2) {
          var b2, c2, g;
          return void 0 === a2 ? "Undefined" : null === a2 ? "Null" : "string" == typeof (c2 = (b2 = Object(a2))[e]) ? c2 : f ? d(b2) : "Object" == (g = d(b2)) && "function" == typeof b2.callee ? "Arguments" : g;
        };
      }, function(a, b, c) {
        a.exports = { "default": c(60), __esModule: true };
      }, function(a, b, c) {
        c(61), a.exports = c(20).Object.keys;
      }, function(a, b, c) {
        var d = c(62);
        c(63)("keys", function(a2) {
          return function(b2) {
            return a2(d(b2));
          };
        });
      }, function(a, b, c) {
        var d = c(34);
        a.exports = function(a2) {
          return Object(d(a2));
        };
      }, function(a, b, c) {
        var d = c(19), e = c(20), f = c(18);
        a.exports = function(a2, b2) {
          var c2 = (e.Object || {})[a2] || Object[a2], g = {};
          g[a2] = b2(c2), d(d.S + d.F * f(function() {
            c2(1);
          }), "Object", g);
        };
      }, function(a, b, c) {
        "use strict";
        var d = c(2)["default"];
        b.__esModule = true;
        var e = c(5), f = d(e);
        b["default"] = function(a2) {
          a2.registerHelper("helperMissing", function() {
            if (1 !== arguments.length) throw new f["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
          });
        }, a.exports = b["default"];
      }, function(a, b, c) {
        "use strict";
        var d = c(2)["default"];
        b.__esModule = true;
        var e = c(4), f = c(5), g = d(f);
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
        var d = c(2)["default"];
        b.__esModule = true;
        var e = c(4), f = c(5), g = d(f);
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
        var e = c(2)["default"];
        b.__esModule = true, b.registerDefaultDecorators = d;
        var f = c(70), g = e(f);
      }, function(a, b, c) {
        "use strict";
        b.__esModule = true;
        var d = c(4);
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
        var d = c(4), e = { methodMap: ["debug", "info", "warn", "error"], level: "info", lookupLevel: function(a2) {
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
        var j = c(73)["default"], k = c(59)["default"], l = c(2)["default"];
        b.__esModule = true, b.createProtoAccessControl = d, b.resultIsAllowed = e, b.isPrototypeConstructor = f, b.resetLoggedProperties = i;
        var m = c(4), n = c(71), o = l(n), p = j(null);
      }, function(a, b, c) {
        a.exports = { "default": c(74), __esModule: true };
      }, function(a, b, c) {
        var d = c(8);
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
        var o = c(77)["default"], p = c(59)["default"], q = c(1)["default"], r = c(2)["default"];
        b.__esModule = true, b.checkRevision = d, b.template = e, b.wrapProgram = f, b.resolvePartial = g, b.invokePartial = h, b.noop = i;
        var s = c(4), t = q(s), u = c(5), v = r(u), w = c(3), x = c(9), y = c(80), z = c(72);
      }, function(a, b, c) {
        a.exports = { "default": c(78), __esModule: true };
      }, function(a, b, c) {
        c(79), a.exports = c(20).Object.seal;
      }, function(a, b, c) {
        var d = c(39);
        c(63)("seal", function(a2) {
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
      }]);
    });
  }
});

// templates:flash-login:precompiled-templates
var import_handlebars_runtime_min = __toESM(require_handlebars_runtime_min());
var flash_login_precompiled_templates_default = {
  "common/README.md.hbs": import_handlebars_runtime_min.default.template({ "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# " + alias4((helper = lookupProperty(helpers, "projectName") || alias1(depth0, "projectName", { "start": { "line": 1, "column": 4 }, "end": { "line": 1, "column": 15 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "projectName", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 2 }, "end": { "line": 1, "column": 17 } } }) : helper)) + "\n\nA Flask login app, built one lesson at a time with\n[create-flash-login](https://www.npmjs.com/package/create-flash-login).\nYou are on **lesson " + alias4((helper = lookupProperty(helpers, "lesson") || alias1(depth0, "lesson", { "start": { "line": 5, "column": 22 }, "end": { "line": 5, "column": 28 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "lesson", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 20 }, "end": { "line": 5, "column": 30 } } }) : helper)) + " of 5**.\n\n| command | what it does |\n| --- | --- |\n| `flash-login run` | runs your app on http://127.0.0.1:5000 |\n| `flash-login verify` | runs this lesson's checks against your app |\n| `flash-login hint` | a hint for the first failing check, one level at a time |\n| `flash-login next-lesson` | brings in the next lesson, keeping your edits |\n| `flash-login undo` | takes back the last next-lesson, goto or reset |\n\n(Not on your PATH? Use `npx -p create-flash-login flash-login verify`, or\ninstall it once with `npm install -g create-flash-login`.)\n\n`flash-login run` is `flask --app app --debug run` with the Python the\nscaffolder set up (`.venv/bin/python` when there is a `.venv`) and a fresh\nsecret key.\n\n---\n\n" + ((stack1 = (helper = lookupProperty(helpers, "lessonText") || alias1(depth0, "lessonText", { "start": { "line": 24, "column": 3 }, "end": { "line": 24, "column": 13 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "lessonText", "hash": {}, "data": data, "loc": { "start": { "line": 24, "column": 0 }, "end": { "line": 24, "column": 16 } } }) : helper)) != null ? stack1 : "") + "\n";
  }, "useData": true })
};
export {
  flash_login_precompiled_templates_default as default
};
/*! Bundled license information:

handlebars/dist/handlebars.runtime.min.js:
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
