using NegoSim.Classroom.Grains;

namespace NegoSim.Classroom.Tests.Grains;

/// <summary>The grains' group calls made for one student, as most tests need them.</summary>
internal static class OneAtATime
{
    public static async Task<JoinResult> Join(this IClassroomGrain classroom, JoinRequest request) => Assert.Single(await classroom.Join([request]));

    public static Task<string?> Seat(this ITableGrain table, TableSeating seating) => table.Seat([seating]);
}
