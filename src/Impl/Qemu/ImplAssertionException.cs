namespace GraphSpec.Impl.Qemu;

/// <summary>
/// The implementation reached a state it asserts impossible (QEMU would abort()). The simulator
/// catches it and ends the run with outcome "assert"; it never escapes a public API.
/// </summary>
public sealed class ImplAssertionException(string message) : Exception(message);
