namespace GraphSpec.Oracle.Traces;

/// <summary>
/// A stack that nested readers share to collect the items of a value before it is built (the
/// value copies them): each reader pushes above the mark it took and pops back to it, so no list
/// or array is allocated per value. One per thread.
/// </summary>
internal sealed class ScratchStack<T>
{
    private T[] items = new T[64];

    public int Mark { get; private set; }

    public void Push(T item)
    {
        if (Mark == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }

        items[Mark++] = item;
    }

    /// <summary>The items pushed since <paramref name="mark"/>.</summary>
    public ReadOnlySpan<T> Since(int mark) => items.AsSpan(mark, Mark - mark);

    /// <summary>Drops the items pushed since <paramref name="mark"/> (cleared: the stack keeps no value alive).</summary>
    public void PopTo(int mark)
    {
        items.AsSpan(mark, Mark - mark).Clear();
        Mark = mark;
    }
}
