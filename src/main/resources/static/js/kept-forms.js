// What was typed into a form outlives the page in two cases where the server cannot keep it: a
// language switch, which reads the page again, and a form the server refuses unread because its
// session ended (the sign-in timed out, the server restarted, the password was changed or the
// sessions were ended elsewhere) or its page expired. Both keep the form in the tab's session
// storage and fill it in again, hidden fields included, so the version or link it was based on
// still meets a change made meanwhile with a conflict; only the security token is the new page's.
(function () {
  var SWITCHED = 'gongzheng.typedForms';
  var SENT = 'gongzheng.sentForm';
  // A form refused unread is offered back for this long, then forgotten.
  var KEPT_FOR_MS = 60 * 60 * 1000;

  function carried(field) {
    return field.name && field.name !== '_csrf' && ['file', 'password', 'submit', 'button', 'reset'].indexOf(field.type) < 0;
  }
  function choice(field) {
    return field.type === 'checkbox' || field.type === 'radio';
  }
  function fields(form) {
    return Array.prototype.filter.call(form.elements, carried);
  }
  function typedInto(form) {
    return fields(form).some(function (field) {
      if (field.type === 'hidden') {
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
  function pageForms() {
    return Array.prototype.slice.call(document.querySelectorAll('main form[method="post"]'));
  }
  function collect(form) {
    return {
      action: form.getAttribute('action'),
      fields: fields(form).map(function (field) {
        if (choice(field)) {
          return [field.name, field.value, field.checked];
        }
        if (field.tagName === 'SELECT') {
          return [field.name, Array.prototype.filter.call(field.options, function (o) { return o.selected; })
            .map(function (o) { return o.value; })];
        }
        return [field.name, field.value];
      })
    };
  }
  // Fields are matched by name, and fields sharing a name in order. Whether anything was filled.
  function fill(kept) {
    var form = pageForms().find(function (f) { return f.getAttribute('action') === kept.action; });
    if (!form) {
      return false;
    }
    var byName = {};
    kept.fields.forEach(function (entry) { (byName[entry[0]] = byName[entry[0]] || []).push(entry); });
    fields(form).forEach(function (field) {
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
    return true;
  }
  // Storage may be full or switched off; the form then simply goes unkept, as it did before.
  function write(key, value) {
    try {
      sessionStorage.setItem(key, JSON.stringify(value));
    } catch (ignored) {
      sessionStorage.removeItem(key);
    }
  }
  function read(key) {
    try {
      return JSON.parse(sessionStorage.getItem(key));
    } catch (ignored) {
      return null;
    }
  }
  function withoutLanguage(address) {
    var url = new URL(address, location.href);
    url.searchParams.delete('lang');
    return url.toString();
  }
  function notice(text, link) {
    var box = document.createElement('div');
    box.className = 'alert alert-info';
    box.id = 'kept-form';
    box.setAttribute('role', 'status');
    box.textContent = text;
    if (link) {
      var a = document.createElement('a');
      a.href = link.href;
      a.className = 'alert-link ms-2';
      a.textContent = link.text;
      box.appendChild(a);
    }
    var main = document.querySelector('main');
    if (main) {
      main.insertBefore(box, main.firstChild);
    }
  }

  // The language switch: the forms holding what was typed (on a form shown again with its
  // problems, every form) go to the page the switch leads to.
  document.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-language-switch]');
    if (!link) {
      return;
    }
    var shownAgain = link.hasAttribute('data-carries-form');
    var forms = pageForms().filter(function (form) { return shownAgain || typedInto(form); }).map(collect);
    if (forms.length) {
      write(SWITCHED, { to: link.href, forms: forms });
    }
  });

  // Every form sent is kept until the next page shows how it was answered; only a refusal unread
  // (the sign-in page for a session that ended, the error page for an expired page) keeps it.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var texts = document.getElementById('kept-form-texts');
    if (event.defaultPrevented || !texts || form.closest('main') === null
        || (form.getAttribute('method') || '').toLowerCase() !== 'post') {
      return;
    }
    var sent = collect(form);
    // A form shown again with its problems sits at the address it was posted to; the page it came
    // from is where its language switch leads.
    var formPage = document.querySelector('a[data-carries-form]');
    sent.from = withoutLanguage(formPage ? formPage.href : location.href);
    sent.user = texts.getAttribute('data-user');
    sent.at = Date.now();
    write(SENT, sent);
  });

  document.addEventListener('DOMContentLoaded', function () {
    var switched = read(SWITCHED);
    sessionStorage.removeItem(SWITCHED);
    // Only on the page the switch led to: any other page this tab opens next drops what was kept.
    if (switched && switched.to === location.href) {
      switched.forms.forEach(fill);
    }

    var sent = read(SENT);
    if (!sent) {
      return;
    }
    var params = new URLSearchParams(location.search);
    if (location.pathname.endsWith('/login')) {
      // Timed out, or signed out because the password was changed or the sessions were ended
      // elsewhere: the form was refused unread, and is offered back once the same officer is in.
      if (params.has('timeout') || params.has('sessionsEnded') || params.has('passwordChanged')) {
        sent.refused = true;
        write(SENT, sent);
      } else if (params.has('logout')) {
        sessionStorage.removeItem(SENT);
      }
      return;
    }
    // A page that expired while the officer stayed signed in (signed in again in another window).
    if (document.getElementById('kept-form-refused')) {
      sent.refused = true;
    }
    var texts = document.getElementById('kept-form-texts');
    if (!sent.refused || !texts || texts.getAttribute('data-user') !== sent.user
        || Date.now() - sent.at > KEPT_FOR_MS) {
      // The form was answered (saved, or shown again with its problems), or is not this officer's.
      sessionStorage.removeItem(SENT);
      return;
    }
    if (withoutLanguage(location.href) === sent.from) {
      sessionStorage.removeItem(SENT);
      if (fill(sent)) {
        notice(texts.getAttribute('data-filled'));
      }
    } else if (!sent.offered) {
      sent.offered = true;
      write(SENT, sent);
      notice(texts.getAttribute('data-elsewhere'), { href: sent.from, text: texts.getAttribute('data-go') });
    }
  });
})();
