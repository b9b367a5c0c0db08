import type { Catalog } from './catalog'

// French typography: U+00A0 before « : » and inside « », U+202F before ; ! ? and %.
export const fr: Catalog = {
  name: 'Français',
  dir: 'ltr',
  title: 'Rejoindre la salle',
  language: 'Langue',
  codeLabel: 'Code de la salle',
  codeHint: 'Les 6 lettres et chiffres affichés à l’écran.',
  join: 'Entrer',
  joining: 'Connexion…',
  promptHeading: 'La question du moment',
  noPrompt:
    'L’animateur ou l’animatrice n’a pas encore affiché de question. Vous pouvez tout de même envoyer vos idées.',
  sendHeading: 'Votre contribution',
  textLabel: 'Que voulez-vous dire\u202f?',
  textHint: 'Jusqu’à 500 caractères.',
  charsLeft: 'Encore {n} caractères',
  kindLabel: 'C’est…',
  kinds: { idea: 'Une idée', question: 'Une question', barrier: 'Un obstacle', enabler: 'Un point d’appui' },
  pseudonymLabel: 'Un nom ou pseudonyme (facultatif)',
  pseudonymHint: 'Laissez vide pour rester anonyme.',
  whoSees:
    'L’animateur ou l’animatrice voit seulement votre texte, son type et son heure d’arrivée — et le nom ci-dessus seulement si vous en tapez un.',
  noAttribution: 'Dans cette séance, aucun nom n’est gardé avec ce qui est noté.',
  send: 'Envoyer',
  sending: 'Envoi…',
  sent: 'Bien reçu. Merci\u202f! Vous pouvez en envoyer une autre.',
  voteHeading: 'Votez avec vos points',
  dotsLeft: 'Points restants\u00a0: {n}',
  addDot: 'Ajouter un point à {name}',
  removeDot: 'Retirer un point à {name}',
  dotsOn: '{n} sur {name}',
  sendVotes: 'Enregistrer mes points',
  votesSaved: 'Vos points sont enregistrés. Vous pouvez les changer tant que le vote est ouvert.',
  leave: 'Quitter la salle',
  reconnecting: 'Connexion perdue. Nouvelle tentative… Ce que vous avez écrit est toujours là.',
  errors: {
    invalid: 'L’envoi n’a pas abouti. Vérifiez le texte et réessayez.',
    'wrong-code': 'Ce code de salle n’est pas le bon. Vérifiez-le à l’écran.',
    'too-many': 'Trop d’essais en peu de temps. Attendez une minute, puis réessayez.',
    'too-large': 'C’est trop long pour être envoyé.',
    closed: 'La salle est fermée.',
    'queue-full':
      'L’animateur ou l’animatrice a trop à lire pour l’instant. Réessayez dans quelques minutes.',
    'no-voting': 'Le vote est clos.',
    'too-many-dots': 'Vous avez placé plus de points que vous n’en avez.',
    failed: 'L’enregistrement n’a pas abouti. Réessayez.',
    offline: 'La salle est injoignable. Elle est peut-être fermée, ou votre téléphone a quitté son wifi.',
    empty: 'Écrivez d’abord quelque chose.'
  }
}
