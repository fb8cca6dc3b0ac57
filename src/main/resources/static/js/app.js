// Shows refusals of htmx requests (which htmx does not swap into the page) as a notice.
document.addEventListener('htmx:responseError', function (event) {
  var header = event.detail.xhr.getResponseHeader('X-Refusal');
  var text = header ? decodeURIComponent(header.replace(/\+/g, ' ')) : event.detail.xhr.statusText;
  document.getElementById('refusal-toast-body').textContent = text;
  bootstrap.Toast.getOrCreateInstance(document.getElementById('refusal-toast')).show();
});
// Forms that do something irreversible ask first; the question is in data-confirm.
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
  // A second click on the same submit must not send the form twice.
  if (!event.defaultPrevented && !event.target.hasAttribute('hx-get')) {
    var buttons = event.target.querySelectorAll('button[type=submit]');
    setTimeout(function () { buttons.forEach(function (b) { b.disabled = true; }); }, 0);
  }
});
// A table wider than the screen scrolls sideways, and a keyboard can only scroll what it can
// focus: such tables become tab stops, and stop being ones when the window shows them whole.
function scrollableTablesFocusable() {
  document.querySelectorAll('.table-responsive').forEach(function (box) {
    var scrolls = box.scrollWidth > box.clientWidth + 1;
    if (scrolls && !box.hasAttribute('tabindex')) {
      box.setAttribute('tabindex', '0');
      box.setAttribute('data-scroll-focus', '');
    }
    else if (!scrolls && box.hasAttribute('data-scroll-focus')) {
      box.removeAttribute('tabindex');
      box.removeAttribute('data-scroll-focus');
    }
  });
}
document.addEventListener('DOMContentLoaded', scrollableTablesFocusable);
window.addEventListener('resize', scrollableTablesFocusable);
document.addEventListener('htmx:afterSettle', scrollableTablesFocusable);
// A screen reader announces a field's problem with the field itself: each inline error (its id is
// the field's name or id followed by "-error") marks its field invalid and describes it.
function describeFieldErrors() {
  document.querySelectorAll('.invalid-feedback[id$="-error"]').forEach(function (error) {
    var name = error.id.slice(0, -'-error'.length);
    var field = (error.closest('form') || document).querySelector('[name="' + CSS.escape(name) + '"]')
      || document.getElementById(name);
    if (field && field.type === 'radio' && field.closest('fieldset')) {
      // A choice is one question: the group carries the message, each option the invalid state.
      field.closest('fieldset').setAttribute('aria-describedby', error.id);
      field.form.querySelectorAll('[name="' + CSS.escape(field.name) + '"]').forEach(function (option) {
        option.setAttribute('aria-invalid', 'true');
      });
    } else if (field) {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', error.id);
    }
  });
}
document.addEventListener('DOMContentLoaded', describeFieldErrors);
document.addEventListener('htmx:afterSettle', describeFieldErrors);

// A refused form comes back opening at the page's top, where a phone shows the banner and little
// else. The first field with a problem takes the focus: that brings it into view, and a screen
// reader reads it with its message. Only on a page load, and only if nothing has the focus yet.
document.addEventListener('DOMContentLoaded', function () {
  var first = document.querySelector('[aria-invalid="true"]');
  if (first && (document.activeElement === null || document.activeElement === document.body)) {
    first.focus();
  }
});

// Switching the language reads the page again from the server, which would lose what was typed
// into a form. The forms holding it (a form shown again with its problems, or one typed into) go
// along in the tab's session storage and are filled in again on the page the switch leads to,
// hidden fields included, so the version or link they were based on still guards against a change
// made meanwhile; only the security token is the new page's own.
var TYPED_FORMS = 'gongzheng.typedForms';
function carriedField(field) {
  return field.name && field.name !== '_csrf' && ['file', 'password', 'submit', 'button', 'reset'].indexOf(field.type) < 0;
}
function choice(field) {
  return field.type === 'checkbox' || field.type === 'radio';
}
function typedInto(form) {
  return Array.prototype.some.call(form.elements, function (field) {
    if (!carriedField(field) || field.type === 'hidden') {
      return false;
    }
    if (choice(field)) {
      return field.checked !== field.defaultChecked;
    }
    if (field.tagName === 'SELECT') {
      return Array.prototype.some.call(field.options, function (o) { return o.selected !== o.defaultSelected; });
    }
    return field.value !== field.defaultValue;
  });
}
function postForms() {
  return Array.prototype.slice.call(document.querySelectorAll('main form[method="post"]'));
}
document.addEventListener('click', function (event) {
  var link = event.target.closest('a[data-language-switch]');
  if (!link) {
    return;
  }
  var shownAgain = link.hasAttribute('data-carries-form');
  var forms = postForms().filter(function (form) { return shownAgain || typedInto(form); }).map(function (form) {
    var fields = Array.prototype.filter.call(form.elements, carriedField).map(function (field) {
      if (choice(field)) {
        return [field.name, field.value, field.checked];
      }
      if (field.tagName === 'SELECT') {
        return [field.name, Array.prototype.filter.call(field.options, function (o) { return o.selected; })
          .map(function (o) { return o.value; })];
      }
      return [field.name, field.value];
    });
    return { action: form.getAttribute('action'), fields: fields };
  });
  if (forms.length) {
    sessionStorage.setItem(TYPED_FORMS, JSON.stringify({ to: link.href, forms: forms }));
  }
});
document.addEventListener('DOMContentLoaded', function () {
  var stored = sessionStorage.getItem(TYPED_FORMS);
  sessionStorage.removeItem(TYPED_FORMS);
  var typed = stored && JSON.parse(stored);
  // Only on the page the switch led to: any other page this tab opens next drops what was kept.
  if (!typed || typed.to !== location.href) {
    return;
  }
  typed.forms.forEach(function (kept) {
    var form = postForms().find(function (f) { return f.getAttribute('action') === kept.action; });
    if (!form) {
      return;
    }
    // Fields are matched by name, and fields sharing a name in order.
    var byName = {};
    kept.fields.forEach(function (entry) { (byName[entry[0]] = byName[entry[0]] || []).push(entry); });
    Array.prototype.filter.call(form.elements, carriedField).forEach(function (field) {
      var entries = byName[field.name];
      if (!entries) {
        return;
      }
      if (choice(field)) {
        var same = entries.find(function (entry) { return entry[1] === field.value; });
        if (same) {
          field.checked = same[2];
        }
        return;
      }
      var entry = entries.shift();
      if (!entry) {
        return;
      }
      if (field.tagName === 'SELECT') {
        Array.prototype.forEach.call(field.options, function (o) { o.selected = entry[1].indexOf(o.value) >= 0; });
      } else {
        field.value = entry[1];
      }
    });
  });
});
