// The chat page: sends questions (and requests for a person) to /api/ask, shows replies with their sources and
// helpful / not helpful buttons (sent to /api/feedback), and polls for staff replies. Its own texts follow the
// browser's language (navigator.languages: English, French, Spanish or Portuguese); Enter sends, Shift+Enter adds a
// line; declined replies and questions back to the person are shown with their own style and label.
(function () {
  const TEXTS = {
    en: {
      intro: 'Questions about adopting open-source software, answered from our guides, with sources.',
      questionLabel: 'Your question',
      placeholder: 'Ask in any language, e.g. How do we choose a licence for software we paid for?',
      send: 'Send', human: 'Talk to a person', hint: 'Enter sends, Shift+Enter starts a new line.',
      note: 'Answers quote our documents and link to them. If they do not answer your question, a member of staff will reply here.',
      assistant: 'Assistant', staff: 'Staff', error: 'Error',
      decline: 'Outside what our documents cover', clarify: 'Question back to you', escalate: 'Passed to our staff',
      failed: 'Something went wrong.', unreachable: 'The assistant cannot be reached right now. Please try again.',
      helpful: 'Helpful', notHelpful: 'Not helpful', thanks: 'Thank you for your feedback.',
      feedbackFailed: 'Your feedback could not be sent.'
    },
    fr: {
      intro: 'Vos questions sur l’adoption des logiciels libres, avec des réponses tirées de nos guides et leurs sources.',
      questionLabel: 'Votre question',
      placeholder: 'Posez votre question dans la langue de votre choix, par ex. Quelle licence choisir pour un logiciel que nous avons financé ?',
      send: 'Envoyer', human: 'Parler à une personne', hint: 'Entrée envoie, Maj+Entrée ajoute une ligne.',
      note: 'Les réponses citent nos documents avec un lien. Si elles ne répondent pas à votre question, un membre de l’équipe vous répondra ici.',
      assistant: 'Assistant', staff: 'Équipe', error: 'Erreur',
      decline: 'Hors du champ de nos documents', clarify: 'Une question pour vous', escalate: 'Transmis à notre équipe',
      failed: 'Une erreur s’est produite.', unreachable: 'L’assistant est injoignable pour le moment. Veuillez réessayer.',
      helpful: 'Utile', notHelpful: 'Pas utile', thanks: 'Merci pour votre retour.',
      feedbackFailed: 'Votre retour n’a pas pu être envoyé.'
    },
    es: {
      intro: 'Preguntas sobre la adopción de software de código abierto, respondidas a partir de nuestras guías, con fuentes.',
      questionLabel: 'Su pregunta',
      placeholder: 'Pregunte en cualquier idioma, p. ej. ¿Qué licencia elegimos para un software que hemos pagado?',
      send: 'Enviar', human: 'Hablar con una persona', hint: 'Intro envía, Mayús+Intro añade una línea.',
      note: 'Las respuestas citan nuestros documentos con enlaces. Si no responden a su pregunta, una persona del equipo le contestará aquí.',
      assistant: 'Asistente', staff: 'Equipo', error: 'Error',
      decline: 'Fuera de lo que cubren nuestros documentos', clarify: 'Una pregunta para usted', escalate: 'Enviado a nuestro equipo',
      failed: 'Algo ha fallado.', unreachable: 'No se puede contactar con el asistente en este momento. Inténtelo de nuevo.',
      helpful: 'Útil', notHelpful: 'No útil', thanks: 'Gracias por su opinión.',
      feedbackFailed: 'No se ha podido enviar su opinión.'
    },
    pt: {
      intro: 'Perguntas sobre a adoção de software de código aberto, respondidas a partir dos nossos guias, com fontes.',
      questionLabel: 'A sua pergunta',
      placeholder: 'Pergunte em qualquer língua, p. ex. Que licença escolher para um software que pagámos?',
      send: 'Enviar', human: 'Falar com uma pessoa', hint: 'Enter envia, Shift+Enter acrescenta uma linha.',
      note: 'As respostas citam os nossos documentos com ligações. Se não responderem à sua pergunta, alguém da equipa responderá aqui.',
      assistant: 'Assistente', staff: 'Equipa', error: 'Erro',
      decline: 'Fora do que os nossos documentos cobrem', clarify: 'Uma pergunta para si', escalate: 'Enviado à nossa equipa',
      failed: 'Algo correu mal.', unreachable: 'Não é possível contactar o assistente neste momento. Tente novamente.',
      helpful: 'Útil', notHelpful: 'Não útil', thanks: 'Obrigado pela sua opinião.',
      feedbackFailed: 'Não foi possível enviar a sua opinião.'
    }
  };

  /** The first of the browser's languages the page has texts for; English otherwise. */
  function pickLanguage() {
    const wanted = (navigator.languages && navigator.languages.length) ? navigator.languages : [navigator.language || 'en'];
    for (let i = 0; i < wanted.length; i++) {
      const primary = String(wanted[i] || '').toLowerCase().split('-')[0];
      if (Object.prototype.hasOwnProperty.call(TEXTS, primary)) return primary;
    }
    return 'en';
  }

  const lang = pickLanguage();
  const T = TEXTS[lang];
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-i18n]').forEach(function (e) { e.textContent = T[e.getAttribute('data-i18n')]; });
  document.querySelectorAll('[data-i18n-placeholder]').forEach(function (e) {
    e.placeholder = T[e.getAttribute('data-i18n-placeholder')];
  });

  const log = document.getElementById('log');
  const form = document.getElementById('ask');
  const input = document.getElementById('question');
  const send = document.getElementById('send');
  let conversation = sessionStorage.getItem('osee-conversation');
  let seen = Number(sessionStorage.getItem('osee-seen') || 0);

  function add(kind, text, meta, citations) {
    const li = document.createElement('li');
    li.className = kind;
    if (meta) {
      const m = document.createElement('span');
      m.className = 'meta';
      m.textContent = meta;
      li.appendChild(m);
    }
    li.appendChild(document.createTextNode(text));
    if (citations && citations.length) {
      const ol = document.createElement('ol');
      ol.className = 'sources';
      citations.forEach(function (c) {
        const item = document.createElement('li');
        const label = c.label || (c.title + (c.section ? ' — ' + c.section : ''));
        if (c.url && /^https?:\/\//.test(c.url)) {
          const a = document.createElement('a');
          a.href = c.url;
          a.rel = 'noopener noreferrer';
          a.target = '_blank';
          a.textContent = label;
          item.appendChild(a);
        } else {
          item.textContent = label + ' (' + c.source + ')';
        }
        ol.appendChild(item);
      });
      li.appendChild(ol);
    }
    log.appendChild(li);
    li.scrollIntoView({ block: 'end' });
    return li;
  }

  function feedbackButtons(li, replyId) {
    const box = document.createElement('div');
    box.className = 'feedback';
    [[true, T.helpful, '\u{1F44D}'], [false, T.notHelpful, '\u{1F44E}']].forEach(function (choice) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'secondary ' + (choice[0] ? 'helpful' : 'not-helpful');
      b.setAttribute('aria-label', choice[1]);
      b.title = choice[1];
      b.textContent = choice[2];
      b.addEventListener('click', function () { sendFeedback(box, replyId, choice[0]); });
      box.appendChild(b);
    });
    li.appendChild(box);
  }

  async function sendFeedback(box, replyId, helpful) {
    box.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
    try {
      const res = await fetch('/api/feedback', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ conversation: conversation, reply: replyId, helpful: helpful })
      });
      box.textContent = res.ok ? T.thanks : T.feedbackFailed;
    } catch (e) {
      box.textContent = T.feedbackFailed;
    }
  }

  /** The style and label of a bot reply: declines and questions back to the person stand apart from answers. */
  function botLook(decision) {
    if (decision === 'decline') return { kind: 'bot decline', meta: T.decline };
    if (decision === 'clarify') return { kind: 'bot clarify', meta: T.clarify };
    if (decision === 'escalate') return { kind: 'bot escalate', meta: T.escalate };
    return { kind: 'bot', meta: T.assistant };
  }

  function showReply(r) {
    if (r.seq && r.seq <= seen) return;
    if (r.seq) { seen = r.seq; sessionStorage.setItem('osee-seen', String(seen)); }
    const look = r.author === 'staff' ? { kind: 'staff', meta: T.staff } : botLook(r.decision);
    const li = add(look.kind, r.answer, look.meta, r.citations);
    if (r.author === 'bot' && r.id && r.decision === 'answer') feedbackButtons(li, r.id);
  }

  async function ask(question, kind) {
    add('user', question);
    send.disabled = true;
    const request = { question: question, kind: kind || 'text' };
    if (conversation) request.conversation = conversation;
    if (kind === 'human') request.language = String((navigator.languages && navigator.languages[0]) || navigator.language || lang).slice(0, 2).toLowerCase();
    try {
      const res = await fetch('/api/ask', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request)
      });
      const body = await res.json();
      if (!res.ok) { add('bot', body.error || T.failed, T.error); return; }
      conversation = body.conversation;
      sessionStorage.setItem('osee-conversation', conversation);
      if (!body.pending) showReply(body);
    } catch (e) {
      add('bot', T.unreachable, T.error);
    } finally {
      send.disabled = false;
    }
  }

  async function poll() {
    if (!conversation) return;
    try {
      const res = await fetch('/api/messages?conversation=' + encodeURIComponent(conversation) + '&after=' + seen);
      if (res.ok) (await res.json()).messages.forEach(showReply);
    } catch (e) { /* try again later */ }
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    const q = input.value.trim();
    if (q && !send.disabled) { input.value = ''; ask(q); }
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault(); // Shift+Enter keeps the textarea's own new line
      if (typeof form.requestSubmit === 'function') form.requestSubmit(); else send.click();
    }
  });
  const human = document.getElementById('human');
  human.addEventListener('click', function () { ask(human.textContent, 'human'); });
  setInterval(poll, 5000);
})();
