using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>
/// Which action produced a state: the operator definition whose disjunct was being enumerated
/// (TLC's <c>&lt;Step(1) line 5, col 3 to …&gt;</c>), null for initial states. Valid only during the
/// sink callback that receives it (it refers to live evaluation frames).
/// </summary>
public readonly struct ActionInfo
{
    private readonly Frame? frame;
    private readonly EvalContext? context;

    internal ActionInfo(OperatorDefinition? definition, Frame? frame, EvalContext? context, SourceSpan span)
    {
        Definition = definition;
        Span = span;
        this.frame = frame;
        this.context = context;
    }

    /// <summary>The action's definition, or null (initial state, or an action that is no named operator).</summary>
    public OperatorDefinition? Definition { get; }

    public string Name => Definition?.Name ?? "Initial predicate";

    /// <summary>
    /// The span TLC prints for the action: the formula where splitting the next-state relation into
    /// disjuncts, existentials, LETs and operator bodies stopped (an operator's body, one disjunct).
    /// </summary>
    public SourceSpan Span { get; }

    /// <summary>TLC's label text, e.g. <c>Set(1) line 17, col 13 to line 19, col 44 of module M</c>.</summary>
    public string ToTlcString()
    {
        if (Definition is null)
        {
            return "Initial predicate";
        }

        var arguments = GetArguments();
        var name = arguments.IsEmpty ? Definition.Name : $"{Definition.Name}({string.Join(", ", arguments)})";
        return $"{name} {Span.ToTlcString(Definition.Module)}";
    }

    /// <summary>The values of the action's parameters (forces lazily passed arguments).</summary>
    public ImmutableArray<Value> GetArguments()
    {
        if (Definition is null || frame is null || context is null || Definition.Parameters.IsEmpty)
        {
            return [];
        }

        var values = ImmutableArray.CreateBuilder<Value>(Definition.Parameters.Length);
        for (var i = 0; i < Definition.Parameters.Length; i++)
        {
            values.Add(frame.Slots[i] switch
            {
                Value v => v,
                Thunk t => t.Force(context),
                VariableExpr v => v.Eval(frame, context),
                _ => StringValue.Of("<operator>"),
            });
        }

        return values.MoveToImmutable();
    }
}

/// <summary>Receives the states an enumeration produces.</summary>
public interface IStateSink
{
    /// <summary>
    /// One complete state (a fresh array the sink may keep). Return false to stop the enumeration.
    /// </summary>
    bool OnState(Value[] state, in ActionInfo action);
}
