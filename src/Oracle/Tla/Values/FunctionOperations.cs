namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// Function application, <c>DOMAIN</c>, <c>EXCEPT</c>, and the TLC module's <c>:&gt;</c> and
/// <c>@@</c>, on values whose kind is checked here (errors with TLC's wording).
/// </summary>
public static class FunctionOperations
{
    /// <summary>The value as a function, or TLC's error for applying a non-function.</summary>
    public static FunctionValue ExpectFunction(Value value) =>
        FunctionValue.AsFunction(value)
        ?? throw new EvaluationException("A non-function (" + ValuePrinter.ForMessage(value) + ") was applied as a function.");

    /// <summary><c>f[argument]</c>.</summary>
    public static Value Apply(Value function, Value argument) => function switch
    {
        FunctionValue f => f.Apply(argument),
        LazyFunctionValue lazy => lazy.Apply(argument),
        _ => throw new EvaluationException("A non-function (" + ValuePrinter.ForMessage(function) + ") was applied as a function."),
    };

    /// <summary><c>DOMAIN f</c>.</summary>
    public static SetValue Domain(Value function) =>
        function switch
        {
            FunctionValue f => f.Domain(),
            LazyFunctionValue lazy => lazy.Domain,
            _ => throw new EvaluationException("Attempted to compute the domain of the non-function value:\n" + ValuePrinter.ForMessage(function)),
        };

    /// <summary>
    /// The value at <c>target[path[0]][path[1]]...</c>, if every step is a function application
    /// inside the domain (the <c>@</c> of an EXCEPT clause).
    /// </summary>
    public static bool TryGetAtPath(Value target, ReadOnlySpan<Value> path, out Value value)
    {
        value = target;
        foreach (Value argument in path)
        {
            if (value is LazyFunctionValue lazy)
            {
                // Apply without materializing: the domain may be infinite.
                if (!lazy.Domain.Contains(argument))
                {
                    value = target;
                    return false;
                }
                value = lazy.Apply(argument);
                continue;
            }
            if (value is not FunctionValue function || !function.TryApply(argument, out value))
            {
                value = target;
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// <c>[target EXCEPT ![p1][p2]... = newValue]</c> (a field <c>.f</c> is the string "f" in the
    /// path). As in TLC, a path step outside the domain leaves the function unchanged.
    /// </summary>
    public static Value Except(Value target, ReadOnlySpan<Value> path, Value newValue) =>
        Except(target, path, newValue, static (replacement, _) => replacement);

    /// <summary>
    /// <c>[target EXCEPT ![path] = update(@)]</c>: <paramref name="update"/> receives the state and
    /// the old value at the path (only called when the path is inside the domains).
    /// </summary>
    public static Value Except<TState>(Value target, ReadOnlySpan<Value> path, TState state, Func<TState, Value, Value> update)
    {
        if (path.IsEmpty)
        {
            return update(state, target);
        }
        StackGuard.Ensure();
        if (FunctionValue.AsFunction(target) is not { } function)
        {
            throw new EvaluationException(ExceptOnNonFunction(target));
        }
        int index = function.IndexOfKey(path[0]);
        if (index < 0)
        {
            return function;
        }
        Value updated = Except(function.ValueAt(index), path[1..], state, update);
        return function.WithValueAt(index, updated);
    }

    /// <summary><c>key :&gt; value</c>: the function with domain <c>{key}</c>.</summary>
    public static FunctionValue SingletonFunction(Value key, Value value) =>
        FunctionValue.FromSortedKeys([key], [value]);

    /// <summary><c>left @@ right</c>: defined on both domains; where both are defined, the left one wins.</summary>
    public static FunctionValue Merge(FunctionValue left, FunctionValue right)
    {
        if (right.Count == 0)
        {
            return left;
        }
        if (left.Count == 0)
        {
            return right;
        }
        var keys = new Value[left.Count + right.Count];
        var values = new Value[keys.Length];
        int i = 0;
        int j = 0;
        int count = 0;
        while (i < left.Count || j < right.Count)
        {
            int cmp = i == left.Count ? 1 : j == right.Count ? -1 : ValueOrder.Compare(left.KeyAt(i), right.KeyAt(j));
            if (cmp <= 0)
            {
                keys[count] = left.KeyAt(i);
                values[count++] = left.ValueAt(i++);
                if (cmp == 0)
                {
                    j++;
                }
            }
            else
            {
                keys[count] = right.KeyAt(j);
                values[count++] = right.ValueAt(j++);
            }
        }
        Array.Resize(ref keys, count);
        Array.Resize(ref values, count);
        return FunctionValue.FromSortedKeys(keys, values);
    }

    private static string ExceptOnNonFunction(Value target) => target switch
    {
        IntValue => "Attempted to apply EXCEPT construct to the integer " + ValuePrinter.ForMessage(target) + ".",
        StringValue => "Attempted to apply EXCEPT construct to the string " + ValuePrinter.ForMessage(target) + ".",
        BoolValue => "Attempted to apply EXCEPT construct to the boolean " + ValuePrinter.ForMessage(target) + ".",
        ModelValue => "Attempted to apply EXCEPT construct to the model value " + ValuePrinter.ForMessage(target) + ".",
        _ => "Attempted to apply EXCEPT to the set " + ValuePrinter.ForMessage(target) + ".",
    };
}
