using System.Collections.Immutable;
using System.Numerics;

namespace GraphSpec.Oracle.Tla.Syntax;

/// <summary>
/// Immutable expression tree. Every node carries the span of the text it came from, so that every
/// later stage (resolution, evaluation, the checker's error traces) can point at the source.
/// Operator symbols are stored in one canonical spelling (see <see cref="OperatorSymbols"/>):
/// <c>\land</c> becomes <c>/\</c>, <c>#</c> becomes <c>/=</c>, <c>\union</c> becomes <c>\cup</c>, and so on.
/// </summary>
public abstract record ExpressionSyntax(SourceSpan Span);

// ---- literals -------------------------------------------------------------------------------

/// <summary>A decimal numeral (also <c>\b1010</c>, <c>\o17</c>, <c>\hFF</c>).</summary>
public sealed record NumberLiteral(BigInteger Value, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary>A string literal, with escapes already decoded.</summary>
public sealed record StringLiteral(string Value, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary><c>TRUE</c> or <c>FALSE</c>.</summary>
public sealed record BooleanLiteral(bool Value, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary>The set <c>BOOLEAN</c>.</summary>
public sealed record BooleanSetLiteral(SourceSpan Span) : ExpressionSyntax(Span);

// ---- names and operator application -----------------------------------------------------------

/// <summary>
/// One segment of a (possibly instance-qualified) name: <c>Op</c>, <c>Op(a, b)</c>, or in
/// <c>I(x)!Op(y)</c> the two segments <c>I(x)</c> and <c>Op(y)</c>.
/// </summary>
public sealed record NameSegment(Identifier Name, ImmutableArray<ExpressionSyntax> Arguments, SourceSpan Span);

/// <summary>
/// A use of a name: a variable, constant, bound variable, operator (applied or passed as an
/// argument), or an instance-qualified operator (<c>I!Op</c>). The resolver decides which.
/// </summary>
public sealed record NameExpression(ImmutableArray<NameSegment> Segments, SourceSpan Span) : ExpressionSyntax(Span)
{
    /// <summary>The last segment: the operator actually referred to.</summary>
    public NameSegment Last => Segments[^1];

    /// <summary>True for a plain identifier with no arguments and no instance prefix.</summary>
    public bool IsSimple => Segments.Length == 1 && Segments[0].Arguments.IsEmpty;
}

/// <summary>
/// A built-in or user-defined infix operator: <c>a + b</c>, <c>x \in S</c>, <c>A => B</c>, <c>a ++ b</c>.
/// <see cref="Operator"/> is the canonical symbol. <c>/\</c> and <c>\/</c> written infix are binary
/// nodes too; bullet lists are <see cref="JunctionList"/>.
/// </summary>
public sealed record BinaryExpression(
    string Operator, SourceSpan OperatorSpan, ExpressionSyntax Left, ExpressionSyntax Right, SourceSpan Span)
    : ExpressionSyntax(Span);

/// <summary>
/// A prefix operator: <c>~</c>, <c>-</c> (negation, canonical <c>-.</c>), <c>SUBSET</c>, <c>UNION</c>,
/// <c>DOMAIN</c>, <c>ENABLED</c>, <c>UNCHANGED</c>, <c>[]</c>, <c>&lt;&gt;</c>.
/// </summary>
public sealed record PrefixExpression(string Operator, SourceSpan OperatorSpan, ExpressionSyntax Operand, SourceSpan Span)
    : ExpressionSyntax(Span);

/// <summary>A postfix operator: <c>'</c> (prime), <c>^+</c>, <c>^*</c>, <c>^#</c>.</summary>
public sealed record PostfixExpression(string Operator, SourceSpan OperatorSpan, ExpressionSyntax Operand, SourceSpan Span)
    : ExpressionSyntax(Span);

/// <summary>
/// A bullet list: items introduced by <c>/\</c> (conjunction) or <c>\/</c> (disjunction) aligned in
/// one column. A single-item list is still a list (it delimits its item).
/// </summary>
public sealed record JunctionList(bool IsConjunction, ImmutableArray<ExpressionSyntax> Items, SourceSpan Span)
    : ExpressionSyntax(Span);

/// <summary>A parenthesised expression; kept so that spans and printing match the source.</summary>
public sealed record ParenthesizedExpression(ExpressionSyntax Inner, SourceSpan Span) : ExpressionSyntax(Span);

// ---- control ---------------------------------------------------------------------------------

public sealed record IfExpression(
    ExpressionSyntax Condition, ExpressionSyntax Then, ExpressionSyntax Else, SourceSpan Span) : ExpressionSyntax(Span);

public sealed record CaseArm(ExpressionSyntax Guard, ExpressionSyntax Body, SourceSpan Span);

/// <summary><c>CASE g1 -> e1 [] g2 -> e2 [] OTHER -> e</c>.</summary>
public sealed record CaseExpression(ImmutableArray<CaseArm> Arms, ExpressionSyntax? Other, SourceSpan Span)
    : ExpressionSyntax(Span);

/// <summary><c>LET defs IN body</c>. Definitions are operator, function, RECURSIVE or named-instance units.</summary>
public sealed record LetExpression(ImmutableArray<UnitSyntax> Definitions, ExpressionSyntax Body, SourceSpan Span)
    : ExpressionSyntax(Span);

// ---- binders ---------------------------------------------------------------------------------

/// <summary>
/// One binder group: <c>x, y \in S</c> (two names, each ranging over S), <c>&lt;&lt;x, y&gt;&gt; \in S</c>
/// (a tuple pattern, <see cref="IsTuple"/>), or an unbounded <c>x</c> (<see cref="Set"/> null).
/// </summary>
public sealed record BoundDeclaration(ImmutableArray<Identifier> Names, bool IsTuple, ExpressionSyntax? Set, SourceSpan Span);

public enum QuantifierKind { Exists, Forall }

/// <summary><c>\E x \in S, y \in T : body</c> and <c>\A …</c>.</summary>
public sealed record QuantifierExpression(
    QuantifierKind Kind, ImmutableArray<BoundDeclaration> Bounds, ExpressionSyntax Body, SourceSpan Span)
    : ExpressionSyntax(Span);

/// <summary><c>CHOOSE x \in S : P</c> (or a tuple pattern, or unbounded).</summary>
public sealed record ChooseExpression(BoundDeclaration Bound, ExpressionSyntax Body, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary><c>LAMBDA x, y : body</c>, only as an operator argument.</summary>
public sealed record LambdaExpression(ImmutableArray<Identifier> Parameters, ExpressionSyntax Body, SourceSpan Span)
    : ExpressionSyntax(Span);

// ---- sets --------------------------------------------------------------------------------------

/// <summary><c>{a, b, c}</c> (possibly empty).</summary>
public sealed record SetEnumeration(ImmutableArray<ExpressionSyntax> Elements, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary><c>{x \in S : P}</c>.</summary>
public sealed record SetFilter(BoundDeclaration Bound, ExpressionSyntax Predicate, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary><c>{e : x \in S, y \in T}</c>.</summary>
public sealed record SetMap(ExpressionSyntax Element, ImmutableArray<BoundDeclaration> Bounds, SourceSpan Span)
    : ExpressionSyntax(Span);

/// <summary><c>A \X B \X C</c>: one n-ary node, since <c>\X</c> is not associative.</summary>
public sealed record CartesianProduct(ImmutableArray<ExpressionSyntax> Factors, SourceSpan Span) : ExpressionSyntax(Span);

// ---- functions, records, tuples -----------------------------------------------------------------

/// <summary><c>&lt;&lt;a, b&gt;&gt;</c>.</summary>
public sealed record TupleExpression(ImmutableArray<ExpressionSyntax> Elements, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary><c>[x \in S, y \in T |-> e]</c>.</summary>
public sealed record FunctionConstructor(ImmutableArray<BoundDeclaration> Bounds, ExpressionSyntax Body, SourceSpan Span)
    : ExpressionSyntax(Span);

/// <summary><c>[S -> T]</c>.</summary>
public sealed record FunctionSet(ExpressionSyntax Domain, ExpressionSyntax Range, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary><c>f[a]</c> or <c>f[a, b]</c> (the latter applies f to the tuple <c>&lt;&lt;a, b&gt;&gt;</c>).</summary>
public sealed record FunctionApplication(ExpressionSyntax Function, ImmutableArray<ExpressionSyntax> Arguments, SourceSpan Span)
    : ExpressionSyntax(Span);

public sealed record RecordField(Identifier Name, ExpressionSyntax Value);

/// <summary><c>[a |-> 1, b |-> 2]</c>.</summary>
public sealed record RecordConstructor(ImmutableArray<RecordField> Fields, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary><c>[a : S, b : T]</c>.</summary>
public sealed record RecordSet(ImmutableArray<RecordField> Fields, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary><c>r.a</c>.</summary>
public sealed record FieldAccess(ExpressionSyntax Record, Identifier Field, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary>One step of an EXCEPT path: <c>.a</c> (<see cref="Field"/>) or <c>[x, y]</c> (<see cref="Indices"/>).</summary>
public sealed record ExceptPathElement(Identifier? Field, ImmutableArray<ExpressionSyntax> Indices, SourceSpan Span);

/// <summary><c>![x].f[y] = e</c>.</summary>
public sealed record ExceptClause(ImmutableArray<ExceptPathElement> Path, ExpressionSyntax Value, SourceSpan Span);

/// <summary><c>[f EXCEPT ![x] = e, !.a = @ + 1]</c>.</summary>
public sealed record ExceptExpression(ExpressionSyntax Function, ImmutableArray<ExceptClause> Clauses, SourceSpan Span)
    : ExpressionSyntax(Span);

/// <summary><c>@</c> inside an EXCEPT clause's value: the old value at that path.</summary>
public sealed record AtExpression(SourceSpan Span) : ExpressionSyntax(Span);

// ---- actions and temporal operators ------------------------------------------------------------

/// <summary><c>[A]_v</c>.</summary>
public sealed record BoxActionExpression(ExpressionSyntax Action, ExpressionSyntax Subscript, SourceSpan Span)
    : ExpressionSyntax(Span);

/// <summary><c>&lt;&lt;A&gt;&gt;_v</c>.</summary>
public sealed record AngleActionExpression(ExpressionSyntax Action, ExpressionSyntax Subscript, SourceSpan Span)
    : ExpressionSyntax(Span);

public enum FairnessKind { Weak, Strong }

/// <summary><c>WF_v(A)</c> and <c>SF_v(A)</c>.</summary>
public sealed record FairnessExpression(FairnessKind Kind, ExpressionSyntax Subscript, ExpressionSyntax Action, SourceSpan Span)
    : ExpressionSyntax(Span);

/// <summary>A labelled expression <c>lbl:: e</c>; the label has no meaning for checking.</summary>
public sealed record LabeledExpression(Identifier Label, ExpressionSyntax Body, SourceSpan Span) : ExpressionSyntax(Span);
