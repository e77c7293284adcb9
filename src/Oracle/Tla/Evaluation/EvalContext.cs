using GraphSpec.Oracle.Tla.Builtins;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>
/// The mutable state of one evaluating thread: the model (constants, caches), the current state,
/// the next state (primed variables, possibly partly assigned), and what successor enumeration
/// needs. Not thread-safe: one per worker.
/// </summary>
public sealed class EvalContext
{
    internal EvalContext(ModelContext model, BuiltinContext builtins)
    {
        Model = model;
        Constants = model.Constants;
        ConstantOperators = model.ConstantOperators;
        Cache = model.DefinitionCache;
        Builtins = builtins;
        ClosedValues = new Value?[16];
        State = new Value?[model.Spec.Variables.Length];
        Next = new Value?[model.Spec.Variables.Length];
    }

    public ModelContext Model { get; }

    /// <summary>What builtins such as Print and TLCGet see.</summary>
    public BuiltinContext Builtins { get; }

    internal readonly Value[] Constants;
    internal readonly OperatorDefinition?[] ConstantOperators;
    internal readonly object?[] Cache;

    /// <summary>
    /// The values of closed expressions computed so far, by slot (see <see cref="Evaluation.ClosedValues"/>);
    /// null while the model is still being built (its constants are not all known).
    /// </summary>
    internal Value?[]? ClosedValues;

    /// <summary>The current state; while a prime is evaluated, the next state.</summary>
    internal Value?[] State;

    /// <summary>The next state, null entries not yet assigned.</summary>
    internal Value?[] Next;

    /// <summary>Nesting depth of operator calls (the stack is checked every few levels).</summary>
    internal int CallDepth;

    /// <summary>Number of enclosing primes being evaluated (0 or 1).</summary>
    internal int PrimeDepth;

    /// <summary>True while enumerating initial states: <c>x = e</c> assigns an unassigned <c>x</c>.</summary>
    internal bool InitMode;

    /// <summary>True while enumerating (initial or next states): decides the wording of some errors.</summary>
    internal bool Enumerating;

    /// <summary>Set to stop an enumeration early (ENABLED found a successor).</summary>
    internal bool StopRequested;

    /// <summary>The action whose body is being enumerated (for labelling successors).</summary>
    internal OperatorDefinition? ActionDefinition;
    internal Frame? ActionFrame;

    /// <summary>The formula where splitting into actions stopped (TLC prints its span in the label).</summary>
    internal Syntax.SourceSpan ActionSpan;

    /// <summary>True inside a conjunction (or IF/CASE): operator calls no longer name the action.</summary>
    internal bool LabelLocked;

    /// <summary>
    /// The unprimed variables read since the evaluation began, one bit per variable (bit 63 stands for
    /// every variable from index 63 on); all bits when the result may depend on more than the state
    /// (ENABLED, a builtin such as <c>TLCGet</c>). An evaluation that read only variables whose values
    /// are unchanged in another state has the same result there: trace validation uses this to
    /// re-check only the invariant parts a step can affect.
    /// </summary>
    internal ulong VariablesRead;

    /// <summary>The <see cref="VariablesRead"/> bit of the variable with this index.</summary>
    internal static ulong VariableBit(int index) => 1UL << Math.Min(index, 63);
}
