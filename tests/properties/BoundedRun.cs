namespace GraphSpec.PropertyTests;

/// <summary>
/// Runs an action on its own background thread and fails if it throws or outlives
/// <see cref="BoundedParse.Limit"/>; a stuck thread dies with the process instead of hanging the run.
/// </summary>
public static class BoundedRun
{
    public static void Run(string what, Action action)
    {
        Exception? escaped = null;
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                escaped = e;
            }
        })
        { IsBackground = true, Name = "bounded " + what };
        thread.Start();
        if (!thread.Join(BoundedParse.Limit))
        {
            throw new ParserContractViolation($"{what} did not finish within {BoundedParse.Limit.TotalSeconds} s");
        }

        if (escaped is ParserContractViolation violation)
        {
            throw violation;
        }

        if (escaped is not null)
        {
            throw new ParserContractViolation($"{what} threw {escaped.GetType().Name}: {escaped.Message}");
        }
    }
}
