using FsCheck;
using FsCheck.Fluent;

namespace GraphSpec.PropertyTests;

/// <summary>
/// Generates well-formed expressions over small values, for evaluator robustness: they resolve
/// in a module extending the standard modules (atoms are literals or LET-defined names), and
/// their sets stay small (no SUBSET, no [S -> T], operands from 0..3), so evaluation is quick
/// whether it yields a value or a type error.
/// </summary>
public static class EvaluableExpressionGen
{
    /// <summary>The frame the expression is evaluated in: <c>x</c> and <c>S</c> are defined.</summary>
    public static string InFrame(string expression) => "LET x == 2\n    S == {1, 2, 3}\nIN " + expression;

    private static readonly string[] Atoms =
        ["0", "1", "2", "3", "TRUE", "FALSE", "\"s\"", "{}", "<<>>", "{1, 2}", "<<1, 2>>", "[a |-> 1]", "x", "S"];

    private static readonly string[] InfixOperators =
    [
        "+", "-", "*", "\\div", "%", "=", "#", "<", "<=", "\\in", "\\notin", "\\subseteq", "\\cup", "\\cap",
        "\\", "/\\", "\\/", "=>", "<=>", "..", "\\o", ":>", "@@", "\\X",
    ];

    public static Gen<string> Expression(int depth) => Expression(depth, []);

    /// <summary>An expression that may use the bound names in <paramref name="scope"/>.</summary>
    private static Gen<string> Expression(int depth, string[] scope)
    {
        var atom = Gen.Elements([.. Atoms, .. scope, .. scope]);
        if (depth <= 0)
        {
            return atom;
        }

        var sub = Gen.Sized(_ => Expression(depth - 1, scope));
        var bound = $"v{depth}"; // nested binders get distinct names (TLA+ forbids shadowing)
        var body = Gen.Sized(_ => Expression(depth - 1, [.. scope, bound]));
        return Gen.Frequency(
            (3, atom),
            (6, from a in sub from op in Gen.Elements(InfixOperators) from b in sub select $"({a} {op} {b})"),
            (2, from op in Gen.Elements("~", "-", "DOMAIN ", "UNION ", "Cardinality", "Len", "Head", "Tail") from a in sub select $"({op}({a}))"),
            (2, from c in sub from t in sub from e in sub select $"(IF {c} THEN {t} ELSE {e})"),
            (1, from c in sub from t in sub from e in sub select $"(CASE {c} -> {t} [] OTHER -> {e})"),
            (2, from q in Gen.Elements("\\E", "\\A", "CHOOSE") from s in sub from b in body select $"({q} {bound} \\in {s} : {b})"),
            (2, from a in sub from b in sub select $"{{{a}, {b}}}"),
            (2, from a in sub from b in sub select $"<<{a}, {b}>>"),
            (1, from a in sub from b in sub select $"[a |-> {a}, b |-> {b}]"),
            (1, from s in sub from b in body select $"[{bound} \\in {s} |-> {b}]"),
            (1, from s in sub from b in body select $"{{{bound} \\in {s} : {b}}}"),
            (1, from s in sub from b in body select $"{{{b} : {bound} \\in {s}}}"),
            (2, from f in sub from a in sub select $"({f})[{a}]"),
            (1, from f in sub from k in sub from v in sub select $"[{f} EXCEPT ![{k}] = {v}]"),
            (1, from a in sub from b in sub select $"Append({a}, {b})"));
    }
}
