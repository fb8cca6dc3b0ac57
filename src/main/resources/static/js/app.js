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
  // A button that only looks (data-no-confirm) sends the same form without the question.
  var asks = !(event.submitter && event.submitter.hasAttribute('data-no-confirm'));
  if (message && asks && !window.confirm(message)) {
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

// Behaviour that would otherwise sit in inline handlers, which the Content-Security-Policy forbids:
// a filter that applies as soon as it changes, and the error page's way back.
document.addEventListener('change', function (event) {
  if (event.target.hasAttribute && event.target.hasAttribute('data-submit-on-change')) {
    event.target.form.submit();
  }
});
document.addEventListener('click', function (event) {
  if (event.target.closest && event.target.closest('[data-history-back]')) {
    history.back();
  }
});
// Date boxes take only the years the server accepts (1900 to 9999, PlausibleDates), so a year
// typed with a digit too many stays in the box instead of reaching the form's answer.
function dateBoxesWithinPlausibleYears() {
  var limits = {
    'date': ['1900-01-01', '9999-12-31'],
    'datetime-local': ['1900-01-01T00:00', '9999-12-31T23:59'],
    'month': ['1900-01', '9999-12']
  };
  document.querySelectorAll('input[type="date"], input[type="datetime-local"], input[type="month"]').forEach(function (box) {
    var range = limits[box.type];
    if (!box.min) { box.min = range[0]; }
    if (!box.max) { box.max = range[1]; }
  });
}
document.addEventListener('DOMContentLoaded', dateBoxesWithinPlausibleYears);
document.addEventListener('htmx:afterSettle', dateBoxesWithinPlausibleYears);
// A part of a form that applies to one choice of a list (data-shown-with="kind:DEPARTMENT") shows
// only while that choice is made, and a box in it hidden is a box unticked: the server refuses it
// for any other choice, and a refusal beside a hidden box could not be read.
function partsShownWithAChoice() {
  document.querySelectorAll('[data-shown-with]').forEach(function (part) {
    var spec = part.getAttribute('data-shown-with').split(':');
    var list = (part.closest('form') || document).querySelector('[name="' + CSS.escape(spec[0]) + '"]');
    if (!list || part.hasAttribute('data-shown-with-ready')) { return; }
    part.setAttribute('data-shown-with-ready', '');
    var follow = function () {
      part.hidden = list.value !== spec[1];
      if (part.hidden) {
        part.querySelectorAll('input[type="checkbox"]').forEach(function (box) { box.checked = false; });
      }
    };
    list.addEventListener('change', follow);
    follow();
  });
}
document.addEventListener('DOMContentLoaded', partsShownWithAChoice);
document.addEventListener('htmx:afterSettle', partsShownWithAChoice);
