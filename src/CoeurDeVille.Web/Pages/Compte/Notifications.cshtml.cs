using System.Security.Claims;
using CoeurDeVille.Storage.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Web.Pages.Compte;

/// <summary>My notifications, newest first; unread ones are marked, and a button marks them all read.</summary>
[Authorize]
public sealed class NotificationsModel(NotificationStore notifications) : PageModel
{
    public IReadOnlyList<Notification> Items { get; private set; } = [];

    public async Task OnGetAsync() =>
        Items = await notifications.ListAsync(UserId, cancellationToken: HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostLuesAsync()
    {
        await notifications.MarkAllReadAsync(UserId, HttpContext.RequestAborted);
        return RedirectToPage();
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
