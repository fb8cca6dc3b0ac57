// After the recommendation loads, prefill the points the code carries and a fixed fine.
document.addEventListener('htmx:afterSwap', function (event) {
  if (event.detail.target.id !== 'recommendation') { return; }
  var panel = document.getElementById('recommendation-panel');
  if (!panel) { return; }
  document.getElementById('points').value = panel.getAttribute('data-points');
  var fixed = panel.getAttribute('data-fine-fixed');
  if (fixed) { document.getElementById('fine').value = fixed; }
});
