// Gives the second gallery profile its data the way a host page does: as the `data` property.
const response = await fetch(new URL('samples/malik.profile.json', import.meta.url));
document.getElementById('profile-malik').data = await response.json();
