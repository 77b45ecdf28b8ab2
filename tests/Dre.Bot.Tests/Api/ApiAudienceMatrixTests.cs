using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Dre.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Dre.Bot.Tests.Api;

/// <summary>
/// Every read path of the HTTP API × every reader, against one restricted contact (with an overdue follow-up) and one
/// internal contact of the same partner: the restricted one reaches its audience (its logger, an attendee who did not
/// log it, DRE officers and admins) and nobody else, not even as an "already logged" answer, a 412 or a PATCH; the
/// internal one reaches all our staff; someone outside the organisation gets a 401 and nothing.
/// </summary>
public sealed class ApiAudienceMatrixTests(ApiAudienceMatrixTests.Readers readers) : IClassFixture<ApiAudienceMatrixTests.Readers>
{
    private const string PartnerId = "cbss";
    private const string Secret = "Baltic secret";
    private const string Open = "Baltic open";

    public static readonly string[] Paths = ["get", "list", "status", "lookup", "overdue", "digestPreview", "export", "history", "alreadyLogged", "preconditionFailed", "patch"];
    public static readonly string[] ReaderNames = ["staff", "officer", "manager", "admin", "logger", "attendee", "outsider"];

    public static TheoryData<string, string> Cells()
    {
        var cells = new TheoryData<string, string>();
        foreach (var path in Paths)
        {
            foreach (var reader in ReaderNames)
            {
                cells.Add(path, reader);
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task RestrictedContent_ReachesExactlyItsAudience(string path, string readerName)
    {
        var seeded = await readers.SeedAsync();
        var client = readers.For(readerName);
        var maySee = readerName is "officer" or "admin" or "logger" or "attendee";

        using var response = await SendAsync(client, path, seeded);
        var body = await response.Content.ReadAsStringAsync();

        if (readerName == "outsider")
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.DoesNotContain("Baltic", body, StringComparison.Ordinal);
            return;
        }

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.PreconditionFailed, $"{path}: {(int)response.StatusCode}");
        if (path == "preconditionFailed" && maySee)
        {
            // The audience may be told what changed; the point is that nobody else is.
            Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
            return;
        }

        Assert.Equal(maySee, body.Contains(Secret, StringComparison.Ordinal));
        if (path is "list" or "status" or "overdue" or "digestPreview" or "export")
        {
            Assert.Contains(Open, body, StringComparison.Ordinal);
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, Seeded seeded)
    {
        var contact = "/api/contacts/" + seeded.ContactId;
        switch (path)
        {
            case "get": return client.GetAsync(contact);
            case "list": return client.GetAsync("/api/contacts?partner=" + PartnerId);
            case "status": return client.GetAsync($"/api/partners/{PartnerId}/status");
            case "lookup": return client.GetAsync("/api/contacts/lookup?iCalUid=" + seeded.ICalUid);
            case "overdue": return client.GetAsync("/api/follow-ups/overdue");
            case "digestPreview": return client.GetAsync("/api/digest/preview");
            case "export": return client.GetAsync("/api/exports?partner=" + PartnerId);
            case "history": return client.GetAsync(contact + "/history");
            case "alreadyLogged": return client.PostAsJsonAsync("/api/contacts", Readers.RestrictedDraft(seeded.ICalUid));
            case "preconditionFailed": return PatchAsync(client, contact, "\"stale-version\"");
            default: return PatchAsync(client, contact, seeded.Version);
        }
    }

    private static Task<HttpResponseMessage> PatchAsync(HttpClient client, string contact, string version)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, contact) { Content = JsonContent.Create(new { topics = new[] { "matrix" } }) };
        request.Headers.TryAddWithoutValidation("If-Match", version);
        return client.SendAsync(request);
    }

    public sealed record Seeded(string ContactId, string ICalUid, string Version);

    /// <summary>One service with tables of its own, a signed-in client per reader, and the two contacts, logged once.</summary>
    public sealed class Readers : IAsyncLifetime
    {
        private readonly DreApiFactory _factory = new();
        private readonly Dictionary<string, HttpClient> _clients = [];
        private readonly SemaphoreSlim _seedLock = new(1, 1);
        private Seeded? _seeded;

        public HttpClient For(string reader) => _clients[reader];

        public async Task InitializeAsync()
        {
            _clients["staff"] = await _factory.ClientForAsync("jan.novak@coe.int");
            _clients["officer"] = await _factory.ClientForAsync("anne.dupont@coe.int", "officer");
            _clients["manager"] = await _factory.ClientForAsync("marc.lefebvre@coe.int", "manager");
            _clients["admin"] = await _factory.ClientForAsync("ada.kowalska@coe.int", "admin");
            _clients["logger"] = await _factory.ClientForAsync("eva.schmidt@coe.int");
            _clients["attendee"] = await _factory.ClientForAsync("ines.almeida@coe.int");
            var outsider = _factory.CreateClient();
            outsider.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ForeignToken());
            _clients["outsider"] = outsider;
        }

        public async Task DisposeAsync() => await _factory.DisposeAsync();

        /// <summary>
        /// The contact's version is read after every cell that may change it, so that the "patch" cell always sends the
        /// current one, whatever order the cells run in.
        /// </summary>
        public async Task<Seeded> SeedAsync()
        {
            await _seedLock.WaitAsync();
            try
            {
                if (_seeded is null)
                {
                    var open = Drafts.Meeting("baltic-open-" + Guid.NewGuid().ToString("N"), PartnerId, TestClock.Now.AddHours(-2));
                    open["subject"] = Open + " meeting";
                    open["followUps"] = new[] { new { text = Open + " follow-up", owner = "eva.schmidt@coe.int", due = new DateOnly(2001, 1, 2) } };
                    (await _clients["logger"].PostAsJsonAsync("/api/contacts", open)).EnsureSuccessStatusCode();
                    var uid = "baltic-restricted-" + Guid.NewGuid().ToString("N");
                    var logged = await _clients["logger"].PostAsJsonAsync("/api/contacts", RestrictedDraft(uid));
                    logged.EnsureSuccessStatusCode();
                    _seeded = new Seeded(logged.Headers.Location!.ToString().Split('/')[^1], uid, "");
                }

                var current = await _clients["officer"].GetAsync("/api/contacts/" + _seeded.ContactId);
                _seeded = _seeded with { Version = current.Headers.ETag!.Tag };
                return _seeded;
            }
            finally
            {
                _seedLock.Release();
            }
        }

        public static Dictionary<string, object?> RestrictedDraft(string uid)
        {
            var draft = Drafts.Meeting(uid, PartnerId, TestClock.Now.AddHours(-1));
            draft["subject"] = Secret + " meeting";
            draft["summary"] = Secret + " summary";
            draft["confidentiality"] = "restricted";
            draft["coeParticipants"] = new[]
            {
                new { name = "Eva Schmidt", email = "eva.schmidt@coe.int", mae = "DG I" },
                new { name = "Ines Almeida", email = "ines.almeida@coe.int", mae = "DGII" },
            };
            draft["followUps"] = new[] { new { text = Secret + " follow-up", owner = "eva.schmidt@coe.int", due = new DateOnly(2001, 1, 2) } };
            return draft;
        }

        /// <summary>A well-formed token for this API, from an issuer and key the service does not trust: someone from outside.</summary>
        private static string ForeignToken()
        {
            using var rsa = RSA.Create(2048);
            return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = "https://login.example.org/11111111-2222-4333-8444-555555555555/v2.0",
                Audience = "api://dre-collab",
                Expires = TestClock.Now.UtcDateTime.AddHours(1),
                NotBefore = TestClock.Now.UtcDateTime.AddMinutes(-5),
                IssuedAt = TestClock.Now.UtcDateTime.AddMinutes(-5),
                Claims = new Dictionary<string, object> { ["oid"] = Guid.NewGuid().ToString(), ["preferred_username"] = "anne.dupont@coe.int", ["roles"] = new[] { "DRE.Officer" } },
                SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa.ExportParameters(true)), SecurityAlgorithms.RsaSha256),
            });
        }
    }
}
