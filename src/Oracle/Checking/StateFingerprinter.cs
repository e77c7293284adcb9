using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Checking;

/// <summary>
/// The identity of a state for the seen-set, as TLC computes it: the 64-bit hash of the variable
/// values; with VIEW the hash of the view's value; with SYMMETRY the hash of the smallest (in the
/// value order, variable by variable) of the state's images under the permutations.
/// </summary>
internal sealed class StateFingerprinter(CheckProblem problem)
{
    private readonly OperatorDefinition? view = problem.View;
    private readonly IReadOnlyDictionary<ModelValue, ModelValue>[] permutations = [.. problem.Symmetry];

    /// <summary>The fingerprint, or the error of evaluating the VIEW.</summary>
    public long Fingerprint(Value[] state, Evaluator evaluator, out EvaluationError? error)
    {
        error = null;
        if (view is not null)
        {
            var result = evaluator.Evaluate(view, state);
            if (result.Error is not null)
            {
                error = result.Error;
                return 0;
            }

            return FingerprintTable.Normalize(result.Value!.Fingerprint());
        }

        if (permutations.Length == 0)
        {
            return Hash(state);
        }

        var smallest = state;
        foreach (var permutation in permutations)
        {
            var image = new Value[state.Length];
            for (var i = 0; i < state.Length; i++)
            {
                image[i] = ModelValuePermutation.Apply(state[i], permutation);
            }

            if (Compare(image, smallest) < 0)
            {
                smallest = image;
            }
        }

        return Hash(smallest);
    }

    public static long Hash(Value[] state)
    {
        var hasher = default(FingerprintHasher);
        foreach (var value in state)
        {
            hasher.Add(value.Fingerprint());
        }

        return FingerprintTable.Normalize(hasher.Finish());
    }

    private static int Compare(Value[] a, Value[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            var c = a[i].CompareTo(b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }
}
