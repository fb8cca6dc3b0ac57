// The chain editor's row buttons: move a link up or down, or remove it. They only rearrange the
// values in the form; nothing is saved until the form is submitted as a new version.
(function () {
  var table = document.getElementById('chain-links');
  if (!table) {
    return;
  }
  var rows = function () { return Array.prototype.slice.call(table.querySelectorAll('tbody tr')); };

  // The row's own fields by the part of their name after "links[i].".
  function fields(row) {
    var map = {};
    row.querySelectorAll('input[name^="links["], select[name^="links["]').forEach(function (el) {
      map[el.name.substring(el.name.indexOf('].') + 2)] = el;
    });
    return map;
  }
  function read(row) {
    var values = {};
    var f = fields(row);
    Object.keys(f).forEach(function (k) { values[k] = f[k].type === 'checkbox' ? f[k].checked : f[k].value; });
    return values;
  }
  function write(row, values) {
    var f = fields(row);
    Object.keys(f).forEach(function (k) {
      if (f[k].type === 'checkbox') { f[k].checked = !!values[k]; } else { f[k].value = values[k]; }
    });
  }
  function blank(row) {
    var f = fields(row);
    Object.keys(f).forEach(function (k) {
      if (f[k].type === 'checkbox') { f[k].checked = false; }
      else if (f[k].tagName === 'SELECT') { f[k].selectedIndex = 0; }
      else if (k === 'reviewAmount') { f[k].value = '24'; }
      else { f[k].value = ''; }
    });
  }

  table.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-link-action]');
    if (!button) {
      return;
    }
    var all = rows();
    var i = all.indexOf(button.closest('tr'));
    var action = button.getAttribute('data-link-action');
    var other = action === 'up' ? i - 1 : action === 'down' ? i + 1 : -1;
    if (other >= 0 && other < all.length) {
      var mine = read(all[i]);
      write(all[i], read(all[other]));
      write(all[other], mine);
      all[other].querySelector('button[data-link-action="' + action + '"]').focus();
    }
    else if (action === 'remove') {
      for (var j = i; j < all.length - 1; j++) {
        write(all[j], read(all[j + 1]));
      }
      blank(all[all.length - 1]);
    }
  });
})();
