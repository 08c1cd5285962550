using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace NegoSim.Classroom;

/// <summary>
/// Who is the teacher: whoever gives the server's password, as HTTP Basic credentials (any user name: for scripts and
/// tests) or once on the teacher's page, which then holds a cookie (HttpOnly, SameSite=Strict) derived from the
/// password, so that the password never sits in an address or a page.
/// </summary>
public sealed class TeacherAccess(string password)
{
    public const string Cookie = "negosim-teacher";

    private readonly byte[] _password = Encoding.UTF8.GetBytes(password ?? throw new ArgumentNullException(nameof(password)));

    /// <summary>The cookie's value: an HMAC of a fixed text under the password (a restart with the same password keeps the teacher signed in).</summary>
    private string Token => Convert.ToHexStringLower(HMACSHA256.HashData(_password, "negosim teacher"u8));

    public bool IsPassword(string? given) => given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _password);

    /// <summary>Whether the request comes from the teacher: the cookie, or Basic credentials with the password.</summary>
    public bool Allows(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Cookies.TryGetValue(Cookie, out var cookie) && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(cookie), Encoding.ASCII.GetBytes(Token)))
        {
            return true;
        }

        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization.ToString(), out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return false;
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon >= 0 && IsPassword(pair[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Signs the teacher's browser in.</summary>
    public void SignIn(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(Cookie, Token, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true });
    }

    public static void SignOut(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Delete(Cookie, new CookieOptions { Path = "/" });
    }
}
