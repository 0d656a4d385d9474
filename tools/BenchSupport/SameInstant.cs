namespace PiedmontSystem.BenchSupport;

/// <summary>
/// Many clients acting at the same instant: each gets ready on its own (say, opens the page), then
/// all wait on one gate, opened once every one of them is ready, and act together.
/// </summary>
public static class SameInstant
{
    public static async Task<TResult[]> RunAsync<TClient, TResult>(IEnumerable<TClient> clients, Func<TClient, Task<TResult>> act, Func<TClient, Task>? getReady = null)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ready = new List<Task>();
        var acting = new List<Task<TResult>>();
        foreach (var client in clients)
        {
            var isReady = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            ready.Add(isReady.Task);
            acting.Add(Task.Run(async () =>
            {
                try
                {
                    if (getReady is not null)
                    {
                        await getReady(client);
                    }
                    isReady.SetResult();
                }
                catch (Exception ex)
                {
                    isReady.SetException(ex);
                    throw;
                }
                await gate.Task;
                return await act(client);
            }));
        }
        try
        {
            await Task.WhenAll(ready);
        }
        finally
        {
            gate.SetResult(); // also when one failed to get ready: nobody waits forever
        }
        return await Task.WhenAll(acting);
    }
}
