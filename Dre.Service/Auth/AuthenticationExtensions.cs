using Dre.Bot.Teams;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Dre.Service.Auth;

public static class AuthenticationExtensions
{
    public const string ApiPolicy = "DreApi";

    /// <summary>
    /// The standard JWT bearer handler, validating issuer, audience, lifetime, signature and tenant as Entra ID tokens are.
    /// In Development it may trust the service's own issuer instead; anywhere else that setting stops the start.
    /// </summary>
    public static WebApplicationBuilder AddDreAuthentication(this WebApplicationBuilder builder)
    {
        var isDevelopment = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<AuthOptions>()
            .BindConfiguration(AuthOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => !o.UseDevelopmentIssuer || isDevelopment,
                "Auth:UseDevelopmentIssuer is for Development only; configure Entra ID (Auth:TenantId, Auth:ClientId).")
            .ValidateOnStart();
        builder.Services.AddSingleton<DevelopmentIssuer>();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>, DevelopmentIssuer, TimeProvider>((jwt, auth, devIssuer, time) => Configure(jwt, auth.Value, devIssuer, time));

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => HasScope(context.User, builder.Configuration[$"{AuthOptions.SectionName}:RequiredScope"] ?? "access_as_user")));
        return builder;
    }

    private static void Configure(JwtBearerOptions jwt, AuthOptions auth, DevelopmentIssuer devIssuer, TimeProvider time)
    {
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidAudiences = auth.ValidAudiences,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromMinutes(2),
            // One clock for the service: a token's lifetime is judged by the clock that stamps contacts and issues dev tokens.
            LifetimeValidator = (notBefore, expires, _, parameters) => IsWithinLifetime(notBefore, expires, parameters.ClockSkew, time.GetUtcNow().UtcDateTime),
            NameClaimType = "name",
            RoleClaimType = "roles",
        };

        if (auth.UseDevelopmentIssuer)
        {
            jwt.TokenValidationParameters.ValidIssuer = DevelopmentIssuer.Issuer;
            jwt.TokenValidationParameters.IssuerSigningKey = devIssuer.Key;
        }
        else
        {
            jwt.Authority = auth.EffectiveAuthority.ToString().TrimEnd('/');
            jwt.RequireHttpsMetadata = !auth.EffectiveAuthority.IsLoopback;
        }

        jwt.Events = new JwtBearerEvents
        {
            // The bot's endpoint carries Bot Framework tokens, which the adapter checks: the API's scheme would only fail
            // each of them against its own authority, and log it, on every turn.
            OnMessageReceived = context =>
            {
                if (context.Request.Path.StartsWithSegments(TeamsBotExtensions.MessagesPath, StringComparison.OrdinalIgnoreCase))
                {
                    context.NoResult();
                }

                return Task.CompletedTask;
            },
            // Entra ID signs tokens of every tenant with the same keys: the tenant is checked on its own.
            OnTokenValidated = context =>
            {
                if (!string.Equals(context.Principal?.FindFirst("tid")?.Value, auth.TenantId, StringComparison.OrdinalIgnoreCase))
                {
                    context.Fail("The token was issued for another tenant.");
                }

                return Task.CompletedTask;
            },
        };
    }

    private static bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, TimeSpan skew, DateTime now) =>
        expires is { } end && now - skew <= end && (notBefore is not { } start || start <= now + skew);

    private static bool HasScope(System.Security.Claims.ClaimsPrincipal user, string scope) =>
        user.FindAll("scp").SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Contains(scope, StringComparer.Ordinal);
}
