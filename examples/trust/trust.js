// The trust page: choosing a domain on the scorecard shows only that domain's next steps.
const checklist = document.querySelector('#checklist');
const status = document.querySelector('#domain-status');

document.addEventListener('om-domain-select', (event) => {
  checklist.domain = event.detail.domain;
  status.textContent = `Next steps shown for: ${event.detail.name}. Choose "All domains" in the checklist's filter to see every step.`;
});
