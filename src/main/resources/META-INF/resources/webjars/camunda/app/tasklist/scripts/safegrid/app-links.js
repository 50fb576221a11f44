/*
 * Links from a task form to the app's own pages (e.g. a hazard's photos, /hazard-photos.html) open
 * in a new tab: Camunda Forms render markdown links without a target, and following one in the
 * Tasklist tab would leave the form and lose what the officer has typed.
 */
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('.fjs-container a[href^="/"]') : null;
  if (link && !link.getAttribute('href').startsWith('/camunda/')) {
    event.preventDefault();
    window.open(link.href, '_blank', 'noopener');
  }
}, true);

export default {};
