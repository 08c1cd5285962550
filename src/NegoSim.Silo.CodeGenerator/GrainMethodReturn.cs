namespace NegoSim.Silo.CodeGenerator;

/// <summary>What a grain method returns, which decides how its call is wrapped.</summary>
internal enum GrainMethodReturn
{
    /// <summary>Not a grain method (not Task/ValueTask, generic, or with ref/out parameters): the silo refuses it when built.</summary>
    Unsupported,
    Task,
    TaskOfT,
    ValueTask,
    ValueTaskOfT,
}
