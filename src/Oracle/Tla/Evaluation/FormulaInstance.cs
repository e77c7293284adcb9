namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>
/// A sub-formula together with the frame its bound names live in: lets the model checker walk a
/// SPECIFICATION or PROPERTY (<c>Init /\ [][Next]_v /\ \A p \in P : WF_v(A(p))</c>) and evaluate or
/// enumerate any part of it. Create the root with <see cref="Root"/>, descend with
/// <see cref="Child"/>, and expand definitions and <c>\A</c> with <see cref="Evaluator.Expand"/> and
/// <see cref="Evaluator.Instantiate"/>.
/// </summary>
public sealed class FormulaInstance
{
    internal FormulaInstance(Expr formula, Frame frame, OperatorDefinition owner)
    {
        Formula = formula;
        Frame = frame;
        Owner = owner;
    }

    public Expr Formula { get; }

    /// <summary>The definition whose body the formula belongs to (for action labels).</summary>
    public OperatorDefinition Owner { get; }

    internal Frame Frame { get; }

    /// <summary>The body of a zero-arity top-level definition.</summary>
    public static FormulaInstance Root(OperatorDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!definition.Parameters.IsEmpty)
        {
            throw new ArgumentException($"{definition.Name} takes parameters; use Evaluator.Expand on a call of it.", nameof(definition));
        }

        return new FormulaInstance(definition.Body!, new Frame(definition.FrameSize, null), definition);
    }

    /// <summary>
    /// The body of <c>definition(arguments)</c> with its parameters bound to values, such as the
    /// action <c>ReqGate(t)</c> for one thread t (trace validation explains which conjunct is false).
    /// </summary>
    public static FormulaInstance Apply(OperatorDefinition definition, ReadOnlySpan<Values.Value> arguments)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (arguments.Length != definition.Parameters.Length)
        {
            throw new ArgumentException($"{definition.Name} takes {definition.Parameters.Length} arguments, {arguments.Length} given.", nameof(arguments));
        }

        var frame = new Frame(definition.FrameSize, null);
        for (var i = 0; i < arguments.Length; i++)
        {
            frame.Slots[i] = arguments[i];
        }

        return new FormulaInstance(definition.Body!, frame, definition);
    }

    /// <summary>A sub-formula of this one that is not under a binder of it (same frame).</summary>
    public FormulaInstance Child(Expr formula) => new(formula, Frame, Owner);

    public override string ToString() => $"{Owner.Name}: {Formula.Span}";
}
