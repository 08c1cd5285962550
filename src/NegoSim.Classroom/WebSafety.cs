using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace NegoSim.Classroom;

/// <summary>
/// What every answer of the classroom carries: headers that keep its pages out of other sites' frames and stop
/// browsers guessing types or sending its addresses (which hold seat tokens) to other sites; every error, including
/// the server's own 404, 405 and 413 and an unexpected failure, as one line of JSON.
/// </summary>
public static class WebSafety
{
    public static void Use(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                var problem = context.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException bad
                    ? (bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? $"the request's body is too large (at most {ClassroomServer.LargestBody / 1024} KB)." : "the request is malformed.")
                    : (StatusCodes.Status500InternalServerError, "the server failed to answer this request; try again, and tell the teacher if it keeps failing.");
                return ApiReplies.Problem(problem.Item1, problem.Item2).ExecuteAsync(context);
            },
        });
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XFrameOptions = "SAMEORIGIN";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = "frame-ancestors 'self'";
            await next(context);
        });
        app.UseStatusCodePages(async context =>
        {
            var response = context.HttpContext.Response;
            var problem = response.StatusCode switch
            {
                StatusCodes.Status404NotFound => $"there is nothing at {Model.Excerpt.Of(context.HttpContext.Request.Path.ToString(), 80)}.",
                StatusCodes.Status405MethodNotAllowed => $"{context.HttpContext.Request.Method} is not allowed at {Model.Excerpt.Of(context.HttpContext.Request.Path.ToString(), 80)}.",
                StatusCodes.Status413PayloadTooLarge => $"the request's body is too large (at most {ClassroomServer.LargestBody / 1024} KB).",
                StatusCodes.Status415UnsupportedMediaType => "send the request's body as JSON (Content-Type: application/json).",
                _ => $"the server answered {response.StatusCode}.",
            };
            await ApiReplies.Problem(response.StatusCode, problem).ExecuteAsync(context.HttpContext);
        });
    }
}
