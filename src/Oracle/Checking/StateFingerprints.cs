using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Checking;

/// <summary>
/// The 64-bit identity of a state (its variables' values in declaration order), the same the
/// model checker keeps in its seen-set for models without VIEW or SYMMETRY: states of an
/// implementation trace and states of a model-checking run can be compared by it.
/// </summary>
public static class StateFingerprints
{
    public static long Of(Value[] state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return StateFingerprinter.Hash(state);
    }
}
