namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// TLA+ equality as TLC evaluates it. TLC refuses to compare values of different kinds
/// (<c>2 = "a"</c> is an error, not FALSE), except that an untyped model value may be compared with
/// anything and equals only itself. The error messages are TLC's.
/// </summary>
/// <remarks>
/// As in TLC, the left operand decides: a set compared with a non-set is simply unequal, while an
/// integer, string, Boolean or function compared with a value of another kind is an error.
/// </remarks>
public static class ValueEquality
{
    /// <summary><c>left = right</c>, or an <see cref="EvaluationException"/> where TLC reports one.</summary>
    public static bool TlaEquals(Value left, Value right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }
        if (left is ModelValue model)
        {
            return ModelValueEquals(model, right);
        }
        if (right is ModelValue rightModel)
        {
            if (rightModel.IsTyped)
            {
                throw new EvaluationException(
                    "Attempted to check equality of the typed model value " + ValuePrinter.ForMessage(rightModel)
                    + " and the non-model value\n" + ValuePrinter.ForMessage(left));
            }
            return false;
        }
        switch (left)
        {
            case IntValue integer:
                return right is IntValue other
                    ? integer.NumericallyEquals(other)
                    : throw Mismatch("integer " + ValuePrinter.ForMessage(left), "non-integer", right);
            case StringValue:
                // Strings are interned: distinct instances are distinct strings.
                return right is StringValue ? false : throw Mismatch("string " + ValuePrinter.ForMessage(left), "non-string", right);
            case BoolValue:
                return right is BoolValue
                    ? false
                    : throw new EvaluationException(
                        "Attempted to compare equality of boolean " + ValuePrinter.ForMessage(left) + " with non-boolean:\n" + ValuePrinter.ForMessage(right));
            case SetValue set:
                return right is SetValue otherSet && SetEquals(set, otherSet);
            case FunctionValue or LazyFunctionValue:
                FunctionValue function = FunctionValue.AsFunction(left)!;
                return FunctionValue.AsFunction(right) is { } otherFunction
                    ? FunctionEquals(function, otherFunction)
                    : throw FunctionMismatch(function, right);
            default:
                return left.Equals(right);
        }
    }

    /// <summary>
    /// Raises TLC's error when looking up <paramref name="element"/> in a set would have compared it
    /// with an element of a kind TLC refuses to compare with (for example <c>2 \in {"a", "b"}</c>).
    /// The set's elements are sorted, so elements of one kind are contiguous and model values first.
    /// </summary>
    internal static void CheckMembershipComparable(Value element, ReadOnlySpan<Value> sortedElements)
    {
        if (sortedElements.Length == 0)
        {
            return;
        }
        if (element is ModelValue model)
        {
            if (model.IsTyped)
            {
                foreach (Value candidate in sortedElements)
                {
                    if (candidate is not ModelValue)
                    {
                        throw new EvaluationException(
                            "Attempted to check if the typed model value " + ValuePrinter.ForMessage(model) + " is an element of\n"
                            + ValuePrinter.ForMessage(FiniteSetValue.FromSortedUnique(sortedElements.ToArray(), checkOrder: false)));
                    }
                }
            }
            return;
        }
        // Compare with the first element that is not a model value, and with the last element: if
        // either is of another kind, TLC's search would have met an incomparable pair.
        int first = 0;
        while (first < sortedElements.Length && sortedElements[first] is ModelValue)
        {
            first++;
        }
        if (first == sortedElements.Length)
        {
            return;
        }
        ThrowIfIncomparable(sortedElements[first], element);
        ThrowIfIncomparable(sortedElements[^1], element);
    }

    private static void ThrowIfIncomparable(Value member, Value element)
    {
        if (member.Kind == element.Kind || member is SetValue)
        {
            return;
        }
        // Reproduces TLC's message for member.equals(element).
        TlaEquals(member, element);
    }

    private static bool ModelValueEquals(ModelValue model, Value right)
    {
        if (right is ModelValue other)
        {
            if (model.IsTyped && other.IsTyped && model.TypeTag != other.TypeTag)
            {
                throw new EvaluationException(
                    "Attempted to check equality of the differently-typed model values " + ValuePrinter.ForMessage(model) + " and " + ValuePrinter.ForMessage(other));
            }
            return ReferenceEquals(model, other);
        }
        if (model.IsTyped)
        {
            throw new EvaluationException(
                "Attempted to check equality of typed model value " + ValuePrinter.ForMessage(model) + " and non-model value\n" + ValuePrinter.ForMessage(right));
        }
        return false;
    }

    private static bool SetEquals(SetValue left, SetValue right)
    {
        if (left.Equals(right))
        {
            return true;
        }
        // TLC compares equal-sized sets elementwise in normal order; the first differing pair
        // decides, and a pair of kinds it cannot compare is its error ({1} = {"a"}).
        if (left.IsFinite && right.IsFinite && left.Cardinality() == right.Cardinality())
        {
            ReadOnlySpan<Value> x = left.ToFiniteSet().Items;
            ReadOnlySpan<Value> y = right.ToFiniteSet().Items;
            for (int i = 0; i < x.Length; i++)
            {
                if (!x[i].Equals(y[i]))
                {
                    ThrowIfOrderingIncomparable(x[i], y[i]);
                    break;
                }
            }
        }
        return false;
    }

    private static void ThrowIfOrderingIncomparable(Value left, Value right)
    {
        if (left.Kind == right.Kind || left is ModelValue || right is ModelValue)
        {
            return;
        }
        string message = left switch
        {
            IntValue => "Attempted to compare integer " + ValuePrinter.ForMessage(left) + " with non-integer:\n" + ValuePrinter.ForMessage(right),
            StringValue => "Attempted to compare string " + ValuePrinter.ForMessage(left) + " with non-string:\n" + ValuePrinter.ForMessage(right),
            BoolValue => "Attempted to compare boolean " + ValuePrinter.ForMessage(left) + " with non-boolean:\n" + ValuePrinter.ForMessage(right),
            SetValue => "Attempted to compare the set " + ValuePrinter.ForMessage(left) + " with the value:\n" + ValuePrinter.ForMessage(right),
            _ => "Attempted to compare the function " + ValuePrinter.ForMessage(left) + " with the value:\n" + ValuePrinter.ForMessage(right),
        };
        throw new EvaluationException(message);
    }

    private static bool FunctionEquals(FunctionValue left, FunctionValue right)
    {
        int count = left.Count;
        if (count != right.Count)
        {
            return false;
        }
        if (!(left.IsSequence && right.IsSequence))
        {
            for (int i = 0; i < count; i++)
            {
                if (!left.KeyAt(i).Equals(right.KeyAt(i)))
                {
                    return false;
                }
            }
        }
        StackGuard.Ensure();
        // Values are compared with TLA+ equality, so <<1>> = <<"a">> is an error as in TLC.
        ReadOnlySpan<Value> leftValues = left.Values;
        ReadOnlySpan<Value> rightValues = right.Values;
        for (int i = 0; i < count; i++)
        {
            if (!TlaEquals(leftValues[i], rightValues[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static EvaluationException Mismatch(string what, string other, Value right) =>
        new("Attempted to check equality of " + what + " with " + other + ":\n" + ValuePrinter.ForMessage(right));

    private static EvaluationException FunctionMismatch(FunctionValue function, Value right)
    {
        if (function.IsRecord)
        {
            return new EvaluationException(
                "Attempted to check equality of record:\n" + ValuePrinter.ForMessage(function) + "\nwith non-record\n" + ValuePrinter.ForMessage(right));
        }
        return new EvaluationException(
            "Attempted to check equality of the function " + ValuePrinter.ForMessage(function) + " with the value:\n" + ValuePrinter.ForMessage(right));
    }
}
