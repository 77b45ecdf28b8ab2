using System.ComponentModel.DataAnnotations;

namespace Dre.OutlookAddin.Hosting;

/// <summary>
/// What the task pane needs to sign in and to link to Teams. The sign-in settings default to the API's own
/// registration (section Auth), which is the usual set-up: one app registration for the API and the add-in.
/// </summary>
public sealed class OutlookAddinOptions
{
    public const string SectionName = "OutlookAddin";

    /// <summary>The add-in's app registration (a single-page application with the nested app authentication redirect).</summary>
    [Required(ErrorMessage = "OutlookAddin:ClientId (or Auth:ClientId) is required: the task pane signs in with it.")]
    public string ClientId { get; set; } = "";

    /// <summary>The API scope the pane asks for, api://&lt;host&gt;/&lt;clientId&gt;/access_as_user.</summary>
    [Required(ErrorMessage = "OutlookAddin:ApiScope (or Auth:Audience) is required: the task pane asks for this scope.")]
    public string ApiScope { get; set; } = "";

    [Required(ErrorMessage = "OutlookAddin:Authority (or Auth:TenantId) is required.")]
    public Uri? Authority { get; set; }

    /// <summary>The Teams app that shows a contact; without it the pane shows no "open in Teams" link.</summary>
    public string? TeamsAppId { get; set; }

    /// <summary>The Teams app's static tab that opens a contact given as its sub-entity.</summary>
    [RegularExpression("^[A-Za-z0-9._-]{1,64}$", ErrorMessage = "OutlookAddin:TeamsEntityId is a tab's entity id (letters, digits, . _ -).")]
    public string TeamsEntityId { get; set; } = "contacts";

    /// <summary>Set from Auth:UseDevelopmentIssuer: the pane then takes its tokens from /dev/token.</summary>
    public bool UseDevelopmentIssuer { get; set; }
}
