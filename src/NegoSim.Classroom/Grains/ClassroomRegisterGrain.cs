namespace NegoSim.Classroom.Grains;

/// <inheritdoc cref="IClassroomRegisterGrain"/>
public sealed class ClassroomRegisterGrain(
    [PersistentState("register", ClassroomStorage.Name)] IPersistentState<ClassroomRegisterState> state) : Grain, IClassroomRegisterGrain
{
    /// <summary>The most classrooms a server keeps; the teacher deletes old ones to open more.</summary>
    public const int Most = 500;

    public async Task<bool> Add(ClassroomEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (state.State.Entries.Count >= Most)
        {
            return false;
        }

        state.State.Entries.Add(entry);
        await state.WriteStateAsync();
        return true;
    }

    public async Task Remove(string code)
    {
        if (state.State.Entries.RemoveAll(e => e.Code == code) > 0)
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<ClassroomEntry>> List() =>
        Task.FromResult<IReadOnlyList<ClassroomEntry>>([.. state.State.Entries.OrderByDescending(e => e.Opened).ThenBy(e => e.Code, StringComparer.Ordinal)]);
}
