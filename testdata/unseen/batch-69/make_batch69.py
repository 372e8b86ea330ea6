#!/usr/bin/env python3
"""Writes testdata/unseen/batch-69: Gmail and Google Workspace as the
SENDER's side. Delivery Status Notifications from mailer-daemon@googlemail.com
in their current layouts ("Address not found", "Message blocked", "Message
not delivered", "Delivery incomplete"), localised by the sender's account
language, with remote replies of every kind inside, Google Groups' own
refusals and Workspace admin routing failures; near-misses in not-bounce/
(Google account notices, Groups moderation, calendar mail, replies).

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch69.py [DIR]"""
import datetime
import hashlib
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (b64, boundary, dt, enc_header, expect, mid, multipart, part, qp,  # noqa: E402
                       write, write_expected)

FMT = "%a, %d %b %Y %H:%M:%S +0000"
OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

# heading/sentence per kind, then "remote reply", "reply", "learn more"
L = {
    "en": ("Address not found", "Your message wasn't delivered to {r} because the address couldn't be found, or is unable to receive mail.",
           "Message blocked", "Your message to {r} has been blocked. See technical details below for more information.",
           "Message not delivered", "There was a problem delivering your message to {r}. See the technical details below.",
           "Delivery incomplete", "There was a temporary problem delivering your message to {r}. Gmail will retry for {h} more hours. You'll be notified if the delivery fails permanently.",
           "The response from the remote server was:", "The response was:", "Learn more here"),
    "de": ("Adresse nicht gefunden", "Ihre Nachricht wurde nicht an {r} zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.",
           "Nachricht blockiert", "Ihre Nachricht an {r} wurde blockiert. Weitere Informationen finden Sie unten in den technischen Details.",
           "Nachricht nicht zugestellt", "Bei der Zustellung Ihrer Nachricht an {r} ist ein Problem aufgetreten. Weitere Informationen finden Sie unten in den technischen Details.",
           "Zustellung unvollst\u00e4ndig", "Bei der Zustellung Ihrer Nachricht an {r} ist ein vor\u00fcbergehendes Problem aufgetreten. Gmail versucht es noch {h} Stunden lang. Sie werden benachrichtigt, falls die Zustellung endg\u00fcltig fehlschl\u00e4gt.",
           "Antwort des Remoteservers:", "Antwort:", "Weitere Informationen"),
    "fr": ("Adresse introuvable", "Votre message n'a pas \u00e9t\u00e9 distribu\u00e9 \u00e0 {r}, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.",
           "Message bloqu\u00e9", "Votre message adress\u00e9 \u00e0 {r} a \u00e9t\u00e9 bloqu\u00e9. Pour en savoir plus, consultez les d\u00e9tails techniques ci-dessous.",
           "Message non distribu\u00e9", "Un probl\u00e8me est survenu lors de la distribution de votre message \u00e0 {r}. Consultez les d\u00e9tails techniques ci-dessous.",
           "Distribution incompl\u00e8te", "Un probl\u00e8me temporaire est survenu lors de la distribution de votre message \u00e0 {r}. Gmail r\u00e9essaiera pendant encore {h} heures. Vous serez averti si la distribution \u00e9choue d\u00e9finitivement.",
           "R\u00e9ponse du serveur distant\u00a0:", "R\u00e9ponse\u00a0:", "En savoir plus"),
    "es": ("No se ha encontrado la direcci\u00f3n", "Tu mensaje no se ha entregado a {r} porque no se ha encontrado la direcci\u00f3n o esta no puede recibir correo.",
           "Mensaje bloqueado", "Se ha bloqueado tu mensaje para {r}. Consulta los detalles t\u00e9cnicos que aparecen a continuaci\u00f3n para obtener m\u00e1s informaci\u00f3n.",
           "Mensaje no entregado", "Se ha producido un problema al entregar tu mensaje a {r}. Consulta los detalles t\u00e9cnicos que aparecen a continuaci\u00f3n.",
           "Entrega incompleta", "Se ha producido un problema temporal al entregar tu mensaje a {r}. Gmail volver\u00e1 a intentarlo durante {h} horas m\u00e1s. Recibir\u00e1s una notificaci\u00f3n si la entrega falla de forma permanente.",
           "La respuesta del servidor remoto ha sido:", "La respuesta ha sido:", "M\u00e1s informaci\u00f3n"),
    "pt": ("Endere\u00e7o n\u00e3o encontrado", "Sua mensagem n\u00e3o foi entregue a {r} porque o endere\u00e7o n\u00e3o foi encontrado ou n\u00e3o pode receber e-mails.",
           "Mensagem bloqueada", "Sua mensagem para {r} foi bloqueada. Veja os detalhes t\u00e9cnicos abaixo para mais informa\u00e7\u00f5es.",
           "Mensagem n\u00e3o entregue", "Ocorreu um problema ao entregar sua mensagem para {r}. Veja os detalhes t\u00e9cnicos abaixo.",
           "Entrega incompleta", "Ocorreu um problema tempor\u00e1rio ao entregar sua mensagem para {r}. O Gmail tentar\u00e1 novamente por mais {h} horas. Voc\u00ea ser\u00e1 notificado se a entrega falhar permanentemente.",
           "A resposta do servidor remoto foi:", "A resposta foi:", "Saiba mais"),
    "it": ("Indirizzo non trovato", "Il tuo messaggio non \u00e8 stato recapitato a {r} perch\u00e9 l'indirizzo non \u00e8 stato trovato o non \u00e8 in grado di ricevere posta.",
           "Messaggio bloccato", "Il tuo messaggio per {r} \u00e8 stato bloccato. Per ulteriori informazioni, consulta i dettagli tecnici di seguito.",
           "Messaggio non recapitato", "Si \u00e8 verificato un problema durante il recapito del messaggio a {r}. Consulta i dettagli tecnici di seguito.",
           "Recapito incompleto", "Si \u00e8 verificato un problema temporaneo durante il recapito del messaggio a {r}. Gmail riprover\u00e0 per altre {h} ore. Riceverai una notifica se il recapito non andr\u00e0 a buon fine in modo definitivo.",
           "La risposta del server remoto \u00e8 stata:", "La risposta \u00e8 stata:", "Ulteriori informazioni"),
    "nl": ("Adres niet gevonden", "Je bericht is niet afgeleverd bij {r} omdat het adres niet is gevonden of geen e-mail kan ontvangen.",
           "Bericht geblokkeerd", "Je bericht aan {r} is geblokkeerd. Bekijk de technische details hieronder voor meer informatie.",
           "Bericht niet afgeleverd", "Er is een probleem opgetreden bij het afleveren van je bericht aan {r}. Bekijk de technische details hieronder.",
           "Aflevering niet voltooid", "Er is een tijdelijk probleem opgetreden bij het afleveren van je bericht aan {r}. Gmail probeert het nog {h} uur opnieuw. Je krijgt een melding als de aflevering definitief mislukt.",
           "Het antwoord van de externe server was:", "Het antwoord was:", "Meer informatie"),
    "pl": ("Nie znaleziono adresu", "Twoja wiadomo\u015b\u0107 nie zosta\u0142a dostarczona do {r}, poniewa\u017c nie znaleziono adresu lub nie mo\u017ce on odbiera\u0107 poczty.",
           "Wiadomo\u015b\u0107 zablokowana", "Twoja wiadomo\u015b\u0107 do {r} zosta\u0142a zablokowana. Wi\u0119cej informacji znajdziesz w szczeg\u00f3\u0142ach technicznych poni\u017cej.",
           "Wiadomo\u015b\u0107 nie zosta\u0142a dostarczona", "Wyst\u0105pi\u0142 problem z dostarczeniem wiadomo\u015bci do {r}. Zobacz szczeg\u00f3\u0142y techniczne poni\u017cej.",
           "Dostarczanie nie zosta\u0142o uko\u0144czone", "Wyst\u0105pi\u0142 tymczasowy problem z dostarczeniem wiadomo\u015bci do {r}. Gmail b\u0119dzie ponawia\u0107 pr\u00f3by przez jeszcze {h} godz. Otrzymasz powiadomienie, je\u015bli dostarczenie nie powiedzie si\u0119 na sta\u0142e.",
           "Odpowied\u017a serwera zdalnego:", "Odpowied\u017a:", "Wi\u0119cej informacji"),
    "ru": ("\u0410\u0434\u0440\u0435\u0441 \u043d\u0435 \u043d\u0430\u0439\u0434\u0435\u043d", "\u0412\u0430\u0448\u0435 \u0441\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u0435 \u043d\u0435 \u0434\u043e\u0441\u0442\u0430\u0432\u043b\u0435\u043d\u043e \u043f\u043e\u043b\u0443\u0447\u0430\u0442\u0435\u043b\u044e {r}, \u0442\u0430\u043a \u043a\u0430\u043a \u0430\u0434\u0440\u0435\u0441 \u043d\u0435 \u043d\u0430\u0439\u0434\u0435\u043d \u0438\u043b\u0438 \u043d\u0435 \u043c\u043e\u0436\u0435\u0442 \u043f\u0440\u0438\u043d\u0438\u043c\u0430\u0442\u044c \u043f\u043e\u0447\u0442\u0443.",
           "\u0421\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u0435 \u0437\u0430\u0431\u043b\u043e\u043a\u0438\u0440\u043e\u0432\u0430\u043d\u043e", "\u0412\u0430\u0448\u0435 \u0441\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u0435 \u0434\u043b\u044f {r} \u0437\u0430\u0431\u043b\u043e\u043a\u0438\u0440\u043e\u0432\u0430\u043d\u043e. \u041f\u043e\u0434\u0440\u043e\u0431\u043d\u0435\u0435 \u0447\u0438\u0442\u0430\u0439\u0442\u0435 \u0432 \u0442\u0435\u0445\u043d\u0438\u0447\u0435\u0441\u043a\u0438\u0445 \u0441\u0432\u0435\u0434\u0435\u043d\u0438\u044f\u0445 \u043d\u0438\u0436\u0435.",
           "\u0421\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u0435 \u043d\u0435 \u0434\u043e\u0441\u0442\u0430\u0432\u043b\u0435\u043d\u043e", "\u041f\u0440\u0438 \u0434\u043e\u0441\u0442\u0430\u0432\u043a\u0435 \u0441\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u044f \u043f\u043e\u043b\u0443\u0447\u0430\u0442\u0435\u043b\u044e {r} \u0432\u043e\u0437\u043d\u0438\u043a\u043b\u0430 \u043f\u0440\u043e\u0431\u043b\u0435\u043c\u0430. \u041f\u043e\u0434\u0440\u043e\u0431\u043d\u0435\u0435 \u0447\u0438\u0442\u0430\u0439\u0442\u0435 \u0432 \u0442\u0435\u0445\u043d\u0438\u0447\u0435\u0441\u043a\u0438\u0445 \u0441\u0432\u0435\u0434\u0435\u043d\u0438\u044f\u0445 \u043d\u0438\u0436\u0435.",
           "\u0414\u043e\u0441\u0442\u0430\u0432\u043a\u0430 \u043d\u0435 \u0437\u0430\u0432\u0435\u0440\u0448\u0435\u043d\u0430", "\u041f\u0440\u0438 \u0434\u043e\u0441\u0442\u0430\u0432\u043a\u0435 \u0441\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u044f \u043f\u043e\u043b\u0443\u0447\u0430\u0442\u0435\u043b\u044e {r} \u0432\u043e\u0437\u043d\u0438\u043a\u043b\u0430 \u0432\u0440\u0435\u043c\u0435\u043d\u043d\u0430\u044f \u043f\u0440\u043e\u0431\u043b\u0435\u043c\u0430. Gmail \u0431\u0443\u0434\u0435\u0442 \u043f\u043e\u0432\u0442\u043e\u0440\u044f\u0442\u044c \u043f\u043e\u043f\u044b\u0442\u043a\u0438 \u0435\u0449\u0451 {h} \u0447. \u0415\u0441\u043b\u0438 \u0434\u043e\u0441\u0442\u0430\u0432\u0438\u0442\u044c \u0441\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u0435 \u043d\u0435 \u0443\u0434\u0430\u0441\u0442\u0441\u044f, \u0432\u044b \u043f\u043e\u043b\u0443\u0447\u0438\u0442\u0435 \u0443\u0432\u0435\u0434\u043e\u043c\u043b\u0435\u043d\u0438\u0435.",
           "\u041e\u0442\u0432\u0435\u0442 \u0443\u0434\u0430\u043b\u0435\u043d\u043d\u043e\u0433\u043e \u0441\u0435\u0440\u0432\u0435\u0440\u0430:", "\u041e\u0442\u0432\u0435\u0442:", "\u041f\u043e\u0434\u0440\u043e\u0431\u043d\u0435\u0435"),
    "ja": ("\u30a2\u30c9\u30ec\u30b9\u304c\u898b\u3064\u304b\u308a\u307e\u305b\u3093\u3067\u3057\u305f", "\u30a2\u30c9\u30ec\u30b9\u304c\u898b\u3064\u304b\u3089\u306a\u3044\u304b\u3001\u30e1\u30fc\u30eb\u3092\u53d7\u4fe1\u3067\u304d\u306a\u3044\u305f\u3081\u3001{r} \u306b\u30e1\u30fc\u30eb\u3092\u914d\u4fe1\u3067\u304d\u307e\u305b\u3093\u3067\u3057\u305f\u3002",
           "\u30e1\u30c3\u30bb\u30fc\u30b8\u304c\u30d6\u30ed\u30c3\u30af\u3055\u308c\u307e\u3057\u305f", "{r} \u5b9b\u3066\u306e\u30e1\u30c3\u30bb\u30fc\u30b8\u306f\u30d6\u30ed\u30c3\u30af\u3055\u308c\u307e\u3057\u305f\u3002\u8a73\u3057\u304f\u306f\u3001\u4e0b\u8a18\u306e\u6280\u8853\u60c5\u5831\u3092\u3054\u78ba\u8a8d\u304f\u3060\u3055\u3044\u3002",
           "\u30e1\u30c3\u30bb\u30fc\u30b8\u304c\u914d\u4fe1\u3055\u308c\u307e\u305b\u3093\u3067\u3057\u305f", "{r} \u3078\u306e\u30e1\u30c3\u30bb\u30fc\u30b8\u306e\u914d\u4fe1\u4e2d\u306b\u554f\u984c\u304c\u767a\u751f\u3057\u307e\u3057\u305f\u3002\u4e0b\u8a18\u306e\u6280\u8853\u60c5\u5831\u3092\u3054\u78ba\u8a8d\u304f\u3060\u3055\u3044\u3002",
           "\u914d\u4fe1\u304c\u5b8c\u4e86\u3057\u3066\u3044\u307e\u305b\u3093", "{r} \u3078\u306e\u30e1\u30c3\u30bb\u30fc\u30b8\u306e\u914d\u4fe1\u4e2d\u306b\u4e00\u6642\u7684\u306a\u554f\u984c\u304c\u767a\u751f\u3057\u307e\u3057\u305f\u3002Gmail \u306f\u3042\u3068 {h} \u6642\u9593\u518d\u8a66\u884c\u3057\u307e\u3059\u3002\u914d\u4fe1\u304c\u5b8c\u5168\u306b\u5931\u6557\u3057\u305f\u5834\u5408\u306f\u304a\u77e5\u3089\u305b\u3057\u307e\u3059\u3002",
           "\u30ea\u30e2\u30fc\u30c8 \u30b5\u30fc\u30d0\u30fc\u304b\u3089\u6b21\u306e\u5fdc\u7b54\u304c\u3042\u308a\u307e\u3057\u305f:", "\u5fdc\u7b54:", "\u8a73\u7d30"),
    "ko": ("\uc8fc\uc18c\ub97c \ucc3e\uc744 \uc218 \uc5c6\uc74c", "\uc8fc\uc18c\ub97c \ucc3e\uc744 \uc218 \uc5c6\uac70\ub098 \uba54\uc77c\uc744 \ubc1b\uc744 \uc218 \uc5c6\ub294 \uc8fc\uc18c\uc774\ubbc0\ub85c {r}\uc5d0 \uba54\uc77c\uc744 \uc804\uc1a1\ud558\uc9c0 \ubabb\ud588\uc2b5\ub2c8\ub2e4.",
           "\uba54\uc77c\uc774 \ucc28\ub2e8\ub428", "{r}(\uc73c)\ub85c \ubcf4\ub0b8 \uba54\uc77c\uc774 \ucc28\ub2e8\ub418\uc5c8\uc2b5\ub2c8\ub2e4. \uc790\uc138\ud55c \ub0b4\uc6a9\uc740 \uc544\ub798\uc758 \uae30\uc220 \uc138\ubd80\uc815\ubcf4\ub97c \ucc38\uc870\ud558\uc138\uc694.",
           "\uba54\uc77c\uc774 \uc804\uc1a1\ub418\uc9c0 \uc54a\uc74c", "{r}(\uc73c)\ub85c \uba54\uc77c\uc744 \uc804\uc1a1\ud558\ub294 \uc911\uc5d0 \ubb38\uc81c\uac00 \ubc1c\uc0dd\ud588\uc2b5\ub2c8\ub2e4. \uc544\ub798\uc758 \uae30\uc220 \uc138\ubd80\uc815\ubcf4\ub97c \ucc38\uc870\ud558\uc138\uc694.",
           "\uc804\uc1a1 \ubbf8\uc644\ub8cc", "{r}(\uc73c)\ub85c \uba54\uc77c\uc744 \uc804\uc1a1\ud558\ub294 \uc911\uc5d0 \uc77c\uc2dc\uc801\uc778 \ubb38\uc81c\uac00 \ubc1c\uc0dd\ud588\uc2b5\ub2c8\ub2e4. Gmail\uc5d0\uc11c {h}\uc2dc\uac04 \ub3d9\uc548 \ub2e4\uc2dc \uc2dc\ub3c4\ud569\ub2c8\ub2e4. \uc804\uc1a1\uc774 \ucd5c\uc885\uc801\uc73c\ub85c \uc2e4\ud328\ud558\uba74 \uc54c\ub824 \ub4dc\ub9bd\ub2c8\ub2e4.",
           "\uc6d0\uaca9 \uc11c\ubc84\uc758 \uc751\ub2f5:", "\uc751\ub2f5:", "\uc790\uc138\ud788 \uc54c\uc544\ubcf4\uae30"),
    "zh-CN": ("\u627e\u4e0d\u5230\u5730\u5740", "\u60a8\u7684\u90ae\u4ef6\u672a\u80fd\u9001\u8fbe {r}\uff0c\u56e0\u4e3a\u627e\u4e0d\u5230\u8be5\u5730\u5740\uff0c\u6216\u8be5\u5730\u5740\u65e0\u6cd5\u63a5\u6536\u90ae\u4ef6\u3002",
              "\u90ae\u4ef6\u5df2\u88ab\u62e6\u622a", "\u60a8\u53d1\u9001\u7ed9 {r} \u7684\u90ae\u4ef6\u5df2\u88ab\u62e6\u622a\u3002\u5982\u9700\u4e86\u89e3\u8be6\u60c5\uff0c\u8bf7\u53c2\u9605\u4e0b\u65b9\u7684\u6280\u672f\u7ec6\u8282\u3002",
              "\u90ae\u4ef6\u672a\u9001\u8fbe", "\u5411 {r} \u53d1\u9001\u90ae\u4ef6\u65f6\u51fa\u73b0\u95ee\u9898\u3002\u8bf7\u53c2\u9605\u4e0b\u65b9\u7684\u6280\u672f\u7ec6\u8282\u3002",
              "\u90ae\u4ef6\u5c1a\u672a\u9001\u8fbe", "\u5411 {r} \u53d1\u9001\u90ae\u4ef6\u65f6\u51fa\u73b0\u4e34\u65f6\u95ee\u9898\u3002Gmail \u5c06\u5728\u63a5\u4e0b\u6765\u7684 {h} \u5c0f\u65f6\u5185\u7ee7\u7eed\u91cd\u8bd5\u3002\u5982\u679c\u6700\u7ec8\u65e0\u6cd5\u9001\u8fbe\uff0c\u6211\u4eec\u4f1a\u901a\u77e5\u60a8\u3002",
              "\u8fdc\u7a0b\u670d\u52a1\u5668\u8fd4\u56de\u7684\u54cd\u5e94\uff1a", "\u54cd\u5e94\uff1a", "\u4e86\u89e3\u8be6\u60c5"),
    "zh-TW": ("\u627e\u4e0d\u5230\u5730\u5740", "\u627e\u4e0d\u5230\u8a72\u5730\u5740\u6216\u8a72\u5730\u5740\u7121\u6cd5\u63a5\u6536\u90f5\u4ef6\uff0c\u56e0\u6b64\u60a8\u7684\u90f5\u4ef6\u672a\u80fd\u50b3\u9001\u7d66 {r}\u3002",
              "\u90f5\u4ef6\u906d\u5230\u5c01\u9396", "\u60a8\u5bc4\u7d66 {r} \u7684\u90f5\u4ef6\u906d\u5230\u5c01\u9396\u3002\u8a73\u60c5\u8acb\u53c3\u95b1\u4e0b\u65b9\u7684\u6280\u8853\u8a73\u7d30\u8cc7\u6599\u3002",
              "\u90f5\u4ef6\u672a\u9001\u9054", "\u5c07\u60a8\u7684\u90f5\u4ef6\u50b3\u9001\u7d66 {r} \u6642\u767c\u751f\u554f\u984c\u3002\u8acb\u53c3\u95b1\u4e0b\u65b9\u7684\u6280\u8853\u8a73\u7d30\u8cc7\u6599\u3002",
              "\u90f5\u4ef6\u5c1a\u672a\u9001\u9054", "\u5c07\u60a8\u7684\u90f5\u4ef6\u50b3\u9001\u7d66 {r} \u6642\u767c\u751f\u66ab\u6642\u6027\u554f\u984c\u3002Gmail \u6703\u5728\u63a5\u4e0b\u4f86\u7684 {h} \u5c0f\u6642\u5167\u7e7c\u7e8c\u91cd\u8a66\u3002\u5982\u679c\u6700\u7d42\u4ecd\u7121\u6cd5\u50b3\u9001\uff0c\u7cfb\u7d71\u6703\u901a\u77e5\u60a8\u3002",
              "\u9060\u7aef\u4f3a\u670d\u5668\u7684\u56de\u61c9\u5982\u4e0b\uff1a", "\u56de\u61c9\uff1a", "\u77ad\u89e3\u8a73\u60c5"),
    "tr": ("Adres bulunamad\u0131", "Adres bulunamad\u0131\u011f\u0131 veya posta alamad\u0131\u011f\u0131 i\u00e7in iletiniz {r} adresine teslim edilmedi.",
           "\u0130leti engellendi", "{r} adresine g\u00f6nderdi\u011finiz ileti engellendi. Daha fazla bilgi i\u00e7in a\u015fa\u011f\u0131daki teknik ayr\u0131nt\u0131lara bak\u0131n.",
           "\u0130leti teslim edilmedi", "\u0130letiniz {r} adresine teslim edilirken bir sorun olu\u015ftu. A\u015fa\u011f\u0131daki teknik ayr\u0131nt\u0131lara bak\u0131n.",
           "Teslimat tamamlanmad\u0131", "\u0130letiniz {r} adresine teslim edilirken ge\u00e7ici bir sorun olu\u015ftu. Gmail {h} saat daha yeniden deneyecek. Teslimat kal\u0131c\u0131 olarak ba\u015far\u0131s\u0131z olursa bilgilendirileceksiniz.",
           "Uzak sunucudan gelen yan\u0131t:", "Yan\u0131t:", "Daha fazla bilgi"),
    "vi": ("Kh\u00f4ng t\u00ecm th\u1ea5y \u0111\u1ecba ch\u1ec9", "Th\u01b0 c\u1ee7a b\u1ea1n ch\u01b0a \u0111\u01b0\u1ee3c g\u1eedi t\u1edbi {r} v\u00ec kh\u00f4ng t\u00ecm th\u1ea5y \u0111\u1ecba ch\u1ec9 ho\u1eb7c \u0111\u1ecba ch\u1ec9 kh\u00f4ng th\u1ec3 nh\u1eadn th\u01b0.",
           "Th\u01b0 b\u1ecb ch\u1eb7n", "Th\u01b0 c\u1ee7a b\u1ea1n g\u1eedi t\u1edbi {r} \u0111\u00e3 b\u1ecb ch\u1eb7n. H\u00e3y xem chi ti\u1ebft k\u1ef9 thu\u1eadt b\u00ean d\u01b0\u1edbi \u0111\u1ec3 bi\u1ebft th\u00eam th\u00f4ng tin.",
           "Th\u01b0 ch\u01b0a \u0111\u01b0\u1ee3c g\u1eedi", "\u0110\u00e3 x\u1ea3y ra s\u1ef1 c\u1ed1 khi g\u1eedi th\u01b0 c\u1ee7a b\u1ea1n t\u1edbi {r}. H\u00e3y xem chi ti\u1ebft k\u1ef9 thu\u1eadt b\u00ean d\u01b0\u1edbi.",
           "Ch\u01b0a g\u1eedi xong", "\u0110\u00e3 x\u1ea3y ra s\u1ef1 c\u1ed1 t\u1ea1m th\u1eddi khi g\u1eedi th\u01b0 c\u1ee7a b\u1ea1n t\u1edbi {r}. Gmail s\u1ebd th\u1eed l\u1ea1i trong {h} gi\u1edd n\u1eefa. B\u1ea1n s\u1ebd nh\u1eadn \u0111\u01b0\u1ee3c th\u00f4ng b\u00e1o n\u1ebfu vi\u1ec7c g\u1eedi th\u01b0 kh\u00f4ng th\u00e0nh c\u00f4ng v\u0129nh vi\u1ec5n.",
           "Ph\u1ea3n h\u1ed3i t\u1eeb m\u00e1y ch\u1ee7 t\u1eeb xa l\u00e0:", "Ph\u1ea3n h\u1ed3i l\u00e0:", "T\u00ecm hi\u1ec3u th\u00eam"),
}
KIND = {"nf": 0, "blk": 2, "nd": 4, "dly": 6}
HELP = {"nf": "NoSuchUser", "blk": "BlockedMessage", "nd": "DeliveryFailed", "dly": "DeliveryDelayed"}


def h(name, n=16):
    return hashlib.sha1(name.encode()).hexdigest()[:n]


def gmail_dsn(idx, name, lang, kind, sender, recips, subj, hours=47, remote_words=True, returned="message",
              osubj="Hello", extra_note=""):
    """recips: list of (addr, status, diag, reason, remote_mta or '')."""
    t = L[lang]
    day = 1 + idx % 27
    o = datetime.datetime(2026, 11, day, 8 + idx % 10, (idx * 7) % 60, (idx * 13) % 60)
    d = o + datetime.timedelta(seconds=4 + idx % 23, hours=(21 + idx % 5) if kind == "dly" else 0)
    odate, ddate = o.strftime(FMT), d.strftime(FMT)
    until = (d + datetime.timedelta(hours=hours)).strftime(FMT)
    sdom = sender.split("@")[1]
    omid = mid(name + "/orig", "mail.gmail.com" if sdom == "gmail.com" else sdom)
    blocks_txt, blocks_html = [], []
    for addr, status, diag, reason, remote in recips:
        head = t[KIND[kind]]
        sent = t[KIND[kind] + 1].format(r=addr, h=hours)
        lbl = t[8] if (remote_words and remote) else t[9]
        hl = "" if lang == "en" else f"&hl={lang}"
        txt = f"\n** {head} **\n\n{sent}\n\n{t[10]}: https://support.google.com/mail/?p={HELP[kind]}{hl}\n\n{lbl}\n{diag}\n"
        blocks_txt.append(txt)
        blocks_html.append(
            f"<html>\n<head></head>\n<body>\n<div style=\"font-family:Google Sans,Roboto,Arial;font-size:16px\">\n"
            f"<h2>{html.escape(head)}</h2>\n<p>{html.escape(sent)}</p>\n"
            f"<p><a href=\"https://support.google.com/mail/?p={HELP[kind]}{hl}\">{html.escape(t[10])}</a></p>\n"
            f"<p>{html.escape(lbl)}</p>\n<p style=\"font-family:monospace\">{html.escape(diag).replace(chr(10), '<br>' + chr(10))}</p>\n</div>\n</body>\n</html>\n")
        expect(name, addr, reason, hard=(reason in ("userunknown", "hostunknown", "notaccept") and status.startswith("5")),
               status=status, reply=diag[:3] if diag[:3].isdigit() else "", action="delayed" if kind == "dly" else "failed",
               vendor="gmail")
    text = "".join(blocks_txt) + extra_note
    cte = "7bit" if all(ord(c) < 128 for c in text) else "quoted-printable"
    tp = part("text/plain; charset=\"UTF-8\"", text if cte == "7bit" else qp(text, "utf-8"), cte)
    hp = part("text/html; charset=\"UTF-8\"", qp("\n".join(blocks_html), "utf-8"), "quoted-printable")
    alt = multipart("alternative", [tp, hp], boundary(name, 2), "")
    ds = [f"Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; {sender}\nArrival-Date: {odate}"]
    for addr, status, diag, reason, remote in recips:
        blk = [f"Final-Recipient: rfc822; {addr}", f"Action: {'delayed' if kind == 'dly' else 'failed'}", f"Status: {status}"]
        if remote:
            blk.append(f"Remote-MTA: dns; {remote}")
        dl = diag.split("\n")
        blk.append("Diagnostic-Code: smtp; " + dl[0] + "".join("\n " + x for x in dl[1:]))
        blk.append(f"Last-Attempt-Date: {ddate}")
        if kind == "dly":
            blk.append(f"Will-Retry-Until: {until}")
        ds.append("\n".join(blk))
    dsp = part("message/delivery-status", "\n\n".join(ds) + "\n", None)
    to_line = ", ".join(r[0] for r in recips)
    ohead = (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={'gmail.com' if sdom == 'gmail.com' else sdom}; s={'20230601' if sdom == 'gmail.com' else 'google'};\n"
             f"        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to;\n"
             f"        bh={b64(h(name + 'bh', 32), 'ascii')[:43]}=;\n        b={b64(h(name + 'b', 48), 'ascii')}\n"
             f"MIME-Version: 1.0\nFrom: {sender}\nDate: {odate}\nMessage-ID: {omid}\nSubject: {subj_h(osubj)}\nTo: {to_line}\n"
             f"Content-Type: multipart/alternative; boundary=\"0000000000{h(name + 'ob', 18)}\"\n")
    if returned == "message":
        body = (ohead + f"\n--0000000000{h(name + 'ob', 18)}\nContent-Type: text/plain; charset=\"UTF-8\"\n\n"
                f"Hi,\n\nplease see my note below and let me know.\n\n-- \n{sender.split('@')[0]}\n\n--0000000000{h(name + 'ob', 18)}--\n")
        orp = part("message/rfc822", body, None)
    else:
        orp = part("text/rfc822-headers", ohead, None)
    rep = multipart("report", [alt, dsp, orp], boundary(name), " report-type=delivery-status;")
    rep = rep.replace("This is a MIME-encapsulated message.\n", "")
    qd = h(name + "q", 6)
    heads = [
        f"Delivered-To: {sender}",
        f"Received: by 2002:a05:6{qd[:3]}:{qd[3:]}:b0:{h(name + 'r', 3)}:{h(name + 's', 4)} with SMTP id {h(name + 'id', 3)}csp{int(h(name, 6), 16)};\n        {ddate}",
        f"X-Received: by 2002:a05:6000:{h(name + 'x', 4)} with SMTP id {h(name + 'xi', 12)}.{idx};\n        {ddate}",
        f"ARC-Seal: i=1; a=rsa-sha256; t={1795000000 + idx * 3671}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64(h(name + 'arc', 48), 'ascii')}",
        "Return-Path: <>",
        f"Received: from mail-sor-f{41 + idx % 30}.google.com (mail-sor-f{41 + idx % 30}.google.com. [198.51.100.{41 + idx % 30}])\n"
        f"        by mx.google.com with SMTPS id {h(name + 'mx', 12)}.{idx}.2026.11.{day:02d}.{8 + idx % 10:02d}.{(idx * 7) % 60:02d}.{(idx * 13 + 9) % 60:02d}\n"
        f"        for <{sender}>\n        (Google Transport Security);\n        {ddate}",
        "Received-SPF: pass (google.com: domain of postmaster@mail-sor-f41.google.com designates 198.51.100.41 as permitted sender) client-ip=198.51.100.41;",
    ]
    if kind != "dly":
        heads.append("X-Failed-Recipients: " + ", ".join(r[0] for r in recips))
    heads += [
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        f"To: {sender}",
        "Auto-Submitted: auto-replied",
        f"Message-ID: <{h(name + 'm', 24)}.{h(name + 'n', 8)}.{idx}@mx.google.com>",
        f"Date: {ddate}",
        f"Subject: {subj}",
        f"References: {omid}",
        f"In-Reply-To: {omid}",
        "X-Gm-Message-State: AOJu0Y" + h(name + 'st', 40),
        "X-Google-Smtp-Source: AGHT+I" + h(name + 'src', 44),
        "MIME-Version: 1.0",
    ]
    return "\n".join(heads) + "\n" + rep


def subj_h(s):
    return s if all(ord(c) < 128 for c in s) else enc_header(s, "utf-8")


FAIL = "Delivery Status Notification (Failure)"
DELAY = "Delivery Status Notification (Delay)"
GMX = "gmail-smtp-in.l.google.com"
NOSUCH = ("550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient's email address for typos or\n550-5.1.1 unnecessary spaces. For more information, go to\n550 5.1.1  https://support.google.com/mail/?p=NoSuchUser {id} - gsmtp")

# (name, lang, kind, sender, [(addr, status, diag, reason, remote)], options)
CASES = [
    # --- address not found ---
    ("b69-en-nf-gmail-to-gmail-nosuchuser", "en", "nf", "dana.whitfield@gmail.com",
     [("dana.whitfeld@gmail.com", "5.1.1", NOSUCH.format(id="a640c23a62f3a-aa92"), "userunknown", GMX)], {}),
    ("b69-de-nf-postfix-virtual-unknown", "de", "nf", "katrin.moellenhoff@gmail.com",
     [("vertrieb@kuechenstudio-halle.example", "5.1.1", "550 5.1.1 <vertrieb@kuechenstudio-halle.example>: Recipient address rejected: User unknown in virtual mailbox table", "userunknown", "mx01.kuechenstudio-halle.example")], {}),
    ("b69-fr-nf-exim-no-such-user", "fr", "nf", "lucie.marchand@gmail.com",
     [("accueil@gite-des-cevennes.example", "5.1.1", "550 No Such User Here", "userunknown", "mail.gite-des-cevennes.example")], {}),
    ("b69-es-nf-dns-nxdomain", "es", "nf", "pablo.iriarte@gmail.com",
     [("reservas@hostal-la-muralla.example", "5.1.2", "DNS Error: 28413905 DNS type 'mx' lookup of hostal-la-muralla.example responded with code NXDOMAIN\nDomain name not found: hostal-la-muralla.example", "hostunknown", "")], {"remote_words": False}),
    ("b69-pt-nf-exchange-resolver-adr", "pt", "nf", "renata.figueiredo@gmail.com",
     [("compras@distribuidora-serrana.example", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient compras@distribuidora-serrana.example not found by SMTP address lookup", "userunknown", "distribuidora-serrana-example.mail.protection.outlook.com")], {}),
    ("b69-it-nf-aruba-mailbox-unavailable", "it", "nf", "giorgio.bellandi@gmail.com",
     [("amministrazione@studio-bellandi.example", "5.1.1", "550 5.1.1 <amministrazione@studio-bellandi.example> recipient rejected: casella inesistente / mailbox does not exist", "userunknown", "mx.studio-bellandi.example")], {}),
    ("b69-nl-nf-recipient-not-found", "nl", "nf", "sanne.vanderberg@gmail.com",
     [("info@fietsenmaker-zwolle.example", "5.1.1", "550 5.1.1 <info@fietsenmaker-zwolle.example>: ontvanger onbekend (recipient unknown)", "userunknown", "mail.fietsenmaker-zwolle.example")], {}),
    ("b69-pl-nf-nie-ma-takiego-konta", "pl", "nf", "tomasz.wrobel.krk@gmail.com",
     [("biuro@hurtownia-lubin.example", "5.1.1", "550 5.1.1 <biuro@hurtownia-lubin.example>: Nie ma takiego konta / No such account", "userunknown", "mx.hurtownia-lubin.example")], {}),
    ("b69-ru-nf-mailru-user-not-found", "ru", "nf", "anna.sokolova.spb@gmail.com",
     [("ivan.petrov.1987@mail.ru", "5.1.1", "550 Message was not accepted -- invalid mailbox.  Local mailbox ivan.petrov.1987@mail.ru is unavailable: user not found", "userunknown", "mxs.mail.ru")], {}),
    ("b69-ja-nf-docomo-unknown-user", "ja", "nf", "haruka.tanabe.0412@gmail.com",
     [("kenta-0905@docomo.ne.jp", "5.1.1", "550 Unknown user kenta-0905@docomo.ne.jp", "userunknown", "mfsmax.docomo.ne.jp")], {}),
    ("b69-ko-nf-naver-no-such-user", "ko", "nf", "jiwoo.han.seoul@gmail.com",
     [("minseo_kim_22@naver.com", "5.1.1", "550 5.1.1 No such user (minseo_kim_22@naver.com)", "userunknown", "mx1.naver.com")], {}),
    ("b69-zhcn-nf-qq-mailbox-not-found", "zh-CN", "nf", "chen.yuxuan.bj@gmail.com",
     [("2718281828@qq.com", "5.0.0", "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728", "userunknown", "mx3.qq.com")], {}),
    ("b69-zhtw-nf-hinet-user-unknown", "zh-TW", "nf", "lin.peiyu.tpe@gmail.com",
     [("weiting.chang@ms45.hinet.net", "5.1.1", "550 5.1.1 <weiting.chang@ms45.hinet.net>... User unknown", "userunknown", "ms45.hinet.net")], {}),
    ("b69-tr-nf-mailbox-unavailable", "tr", "nf", "emre.yildirim.ist@gmail.com",
     [("satis@tekstil-bursa.example", "5.1.1", "550 5.1.1 <satis@tekstil-bursa.example>: Mailbox unavailable - kullanici bulunamadi", "userunknown", "mx.tekstil-bursa.example")], {}),
    ("b69-vi-nf-dns-no-mx-nxdomain", "vi", "nf", "nguyen.thanh.hai.hn@gmail.com",
     [("lienhe@noithat-hanoi-xyz.example", "5.1.2", "DNS Error: 44918532 DNS type 'mx' lookup of noithat-hanoi-xyz.example responded with code NXDOMAIN\nDomain name not found: noithat-hanoi-xyz.example", "hostunknown", "")], {"remote_words": False}),
    ("b69-en-nf-workspace-two-recipients", "en", "nf", "ops@harbourline-freight.example",
     [("m.okafor@harbourline-freight.example", "5.1.1", NOSUCH.format(id="d2e1a01b7c55-4c1f"), "userunknown", "aspmx.l.google.com"),
      ("j.okafor@harbourline-freight.example", "5.1.1", NOSUCH.format(id="d2e1a01b7c55-4c20"), "userunknown", "aspmx.l.google.com")], {}),
    ("b69-de-nf-gmail-account-disabled", "de", "nf", "jonas.brandt.hh@gmail.com",
     [("lena.voss.1990@gmail.com", "5.2.1", "550-5.2.1 The email account that you tried to reach is disabled. For more\n550-5.2.1 information, go to\n550 5.2.1  https://support.google.com/mail/?p=DisabledUser 5b1f17b1804b1-43d - gsmtp", "suspend", GMX)], {}),
    ("b69-fr-nf-orange-mailbox-closed", "fr", "nf", "mathieu.gros.lyon@gmail.com",
     [("papy.gros@wanadoo.fr", "5.1.1", "550 5.1.1 <papy.gros@wanadoo.fr>: Recipient address rejected: compte desactive / account disabled", "suspend", "smtp-in.orange.fr")], {}),
    ("b69-es-nf-null-mx", "es", "nf", "carmen.vidal.bcn@gmail.com",
     [("contacto@tienda-cerrada.example", "5.1.10", "DNS Error: Domain tienda-cerrada.example has a null MX record (RFC 7505): the domain does not accept email", "notaccept", "")], {"remote_words": False}),
    ("b69-ru-nf-yandex-account-blocked", "ru", "nf", "dmitry.orlov.msk@gmail.com",
     [("o.orlova@yandex.ru", "5.2.1", "550 5.2.1 Mailbox o.orlova@yandex.ru is disabled: account is frozen due to inactivity", "suspend", "mx.yandex.ru")], {}),
    # --- message not delivered: full / size / system / network ---
    ("b69-en-nd-remote-quota-exceeded", "en", "nd", "coach.miller.runs@gmail.com",
     [("team.captain@trackclub-ames.example", "5.2.2", "552 5.2.2 <team.captain@trackclub-ames.example>: Recipient address rejected: Mailbox quota exceeded", "mailboxfull", "mail.trackclub-ames.example")], {}),
    ("b69-de-nd-gmail-over-quota", "de", "nd", "petra.kuehn.bonn@gmail.com",
     [("opa.kuehn@gmail.com", "5.2.2", "552-5.2.2 The recipient's inbox is out of storage space and inactive. Please\n552-5.2.2 direct the recipient to\n552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm 2adb3069b0e04-53e - gsmtp", "mailboxfull", GMX)], {}),
    ("b69-ja-nd-mailbox-full-jp", "ja", "nd", "sho.morimoto.osk@gmail.com",
     [("y-morimoto@ezweb.ne.jp", "5.2.2", "552 5.2.2 <y-morimoto@ezweb.ne.jp>: Mailbox full", "mailboxfull", "lsean.ezweb.ne.jp")], {}),
    ("b69-zhcn-nd-163-exceeded-mailsize", "zh-CN", "nd", "wang.lei.sh.2024@gmail.com",
     [("zhaojing_design@163.com", "5.3.4", "552 Requested mail action aborted: exceeded mailsize limit", "emailtoolarge", "163mx01.mxmail.netease.com")], {}),
    ("b69-it-nd-message-too-big", "it", "nd", "francesca.riva.mi@gmail.com",
     [("ufficiotecnico@comune-valsesia.example", "5.3.4", "552 5.3.4 Message size exceeds fixed maximum message size (20971520 bytes)", "emailtoolarge", "mx.comune-valsesia.example")], {}),
    ("b69-en-nd-google-size-limit-outbound", "en", "nd", "photo.archive.beth@gmail.com",
     [("print.orders@lab-prints.example", "5.3.4", "552-5.3.4 Your message exceeded Google's message size limits. For more information,\n552-5.3.4 visit\n552 5.3.4  https://support.google.com/mail/?p=MaxSizeError 4fb4d7f45d1cf-5c8 - gsmtp", "emailtoolarge", "")], {"remote_words": False}),
    ("b69-nl-dly-disk-full-remote", "nl", "dly", "bram.dekker.utr@gmail.com",
     [("planning@aannemer-dekker.example", "4.3.1", "452 4.3.1 Insufficient system storage", "systemfull", "mail.aannemer-dekker.example")], {"hours": 39}),
    ("b69-pt-dly-local-error-processing", "pt", "dly", "thiago.moura.poa@gmail.com",
     [("financeiro@cooperativa-gaucha.example", "4.3.0", "451 4.3.0 Error: queue file write error / local error in processing", "systemerror", "mx.cooperativa-gaucha.example")], {"hours": 44}),
    ("b69-en-nd-gave-up-timeout", "en", "nd", "kerry.lawson.bike@gmail.com",
     [("frames@custom-cycles-bend.example", "4.4.7", "The recipient server did not accept our requests to connect. For more information, go to https://support.google.com/mail/answer/7720\n [mail.custom-cycles-bend.example 203.0.113.74: timed out]\nGmail tried to deliver this message for 2 days and gave up.", "expired", "mail.custom-cycles-bend.example")], {"remote_words": False}),
    ("b69-ko-nd-hop-count-loop", "ko", "nd", "seojun.park.bsn@gmail.com",
     [("sales@jeonja-busan.example", "5.4.14", "554 5.4.14 Hop count exceeded - possible mail loop ATTR34", "networkerror", "jeonja-busan-example.mail.protection.outlook.com")], {}),
    ("b69-tr-nd-tls-certificate-mismatch", "tr", "nd", "zeynep.aksoy.ank@gmail.com",
     [("ik@lojistik-ankara.example", "4.7.5", "TLS Negotiation failed, the certificate doesn't match the host.\n [mx.lojistik-ankara.example 203.0.113.118]", "failedstarttls", "mx.lojistik-ankara.example")], {"remote_words": False}),
    ("b69-vi-nd-mailbox-full-vn", "vi", "nd", "tran.minh.khoa.sg@gmail.com",
     [("ketoan@congty-anphat.example", "5.2.2", "552 5.2.2 Hop thu cua nguoi nhan da day (mailbox is full)", "mailboxfull", "mail.congty-anphat.example")], {}),
    # --- message blocked ---
    ("b69-en-blk-dmarc-reject", "en", "blk", "rsvp@maple-row-weddings.example",
     [("guestlist@ballroom-events.example", "5.7.1", "550 5.7.1 Unauthenticated email from maple-row-weddings.example is not accepted due to domain's DMARC policy. Please contact the administrator of maple-row-weddings.example domain", "authfailure", "mx1.ballroom-events.example")], {}),
    ("b69-de-blk-spamhaus-listed", "de", "blk", "vereinsvorstand@tsv-oberhausen.example",
     [("kassenwart@sportverband-rhein.example", "5.7.1", "554 5.7.1 Service unavailable; Client host [198.51.100.53] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.53", "blocked", "mail.sportverband-rhein.example")], {}),
    ("b69-fr-blk-spam-content", "fr", "blk", "promo.boutique.sud@gmail.com",
     [("client.fidele@fai-regional.example", "5.7.1", "550 5.7.1 Message refuse : contenu identifie comme spam (score 14.2)", "spamdetected", "mx.fai-regional.example")], {}),
    ("b69-es-blk-virus-found", "es", "blk", "oficina.notaria.gz@gmail.com",
     [("archivo@registro-lugo.example", "5.7.0", "554 5.7.0 Rejected: virus found in attachment (Win.Trojan.Agent-1089425)", "virusdetected", "mx.registro-lugo.example")], {}),
    ("b69-it-blk-google-attachment-security", "it", "blk", "paolo.ferri.bo@gmail.com",
     [("ricambi@officina-ferri.example", "5.7.0", "552-5.7.0 This message was blocked because its content presents a potential\n552-5.7.0 security issue. Please visit\n552-5.7.0  https://support.google.com/mail/?p=BlockedMessage to review our\n552 5.7.0 message content and attachment content guidelines. 38308e7fff4ca-2ff - gsmtp", "policyviolation", "")], {"remote_words": False}),
    ("b69-pl-blk-sender-reputation", "pl", "blk", "sklep.rowerowy.wro@gmail.com",
     [("zamowienia@hurt-rowery.example", "5.7.1", "550 5.7.1 Message rejected: sender domain has poor reputation (score -42)", "badreputation", "mx.hurt-rowery.example")], {}),
    ("b69-ru-blk-spf-fail", "ru", "blk", "buh@zavod-tula.example",
     [("postavki@metall-tula.example", "5.7.23", "550 5.7.23 SPF check failed: zavod-tula.example does not designate 198.51.100.18 as permitted sender", "authfailure", "mx.metall-tula.example")], {}),
    ("b69-zhtw-blk-recipient-blocked-sender", "zh-TW", "blk", "huang.jiahao.khh@gmail.com",
     [("service@kaohsiung-travel.example", "5.7.1", "550 5.7.1 <huang.jiahao.khh@gmail.com>: Sender address is on the recipient's personal block list", "filtered", "mx.kaohsiung-travel.example")], {}),
    ("b69-ja-blk-relay-access-denied", "ja", "blk", "aoi.fujita.kyt@gmail.com",
     [("contact@ryokan-arashiyama.example", "5.7.1", "550 5.7.1 Relay access denied for <contact@ryokan-arashiyama.example>", "norelaying", "mail.ryokan-arashiyama.example")], {}),
    ("b69-vi-blk-spam-filter", "vi", "blk", "le.bao.ngoc.dn@gmail.com",
     [("hotro@khachsan-danang.example", "5.7.1", "554 5.7.1 Message rejected as spam by content filter", "spamdetected", "mx.khachsan-danang.example")], {}),
    # --- delays ---
    ("b69-en-dly-gmail-receiving-rate", "en", "dly", "newsletter.editor.cam@gmail.com",
     [("bookclub.reader@gmail.com", "4.2.1", "450-4.2.1 The user you are trying to contact is receiving mail at a rate that\n450-4.2.1 prevents additional messages from being delivered. For more information,\n450 4.2.1 go to https://support.google.com/mail/?p=ReceivingRatePerm 41be03b00d2f7-7fd - gsmtp", "ratelimited", GMX)], {"hours": 46}),
    ("b69-de-dly-inbox-out-of-storage", "de", "dly", "martina.ebner.muc@gmail.com",
     [("sepp.ebner@gmail.com", "4.2.2", "452-4.2.2 The recipient's inbox is out of storage space. Please direct the\n452-4.2.2 recipient to\n452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp 5614622812f47-3eb - gsmtp", "mailboxfull", GMX)], {"hours": 45}),
    ("b69-fr-dly-connection-timed-out", "fr", "dly", "olivier.roux.nts@gmail.com",
     [("devis@menuiserie-roux.example", "4.4.1", "The recipient server did not accept our requests to connect. For more information, go to https://support.google.com/mail/answer/7720\n [mail.menuiserie-roux.example 203.0.113.201: timed out]", "networkerror", "mail.menuiserie-roux.example")], {"hours": 44, "remote_words": False}),
    ("b69-es-dly-system-not-accepting", "es", "dly", "lucia.mendez.mad@gmail.com",
     [("citas@clinica-dental-getafe.example", "4.3.2", "421 4.3.2 mx.clinica-dental-getafe.example System not accepting network messages (maintenance in progress)", "systemerror", "mx.clinica-dental-getafe.example")], {"hours": 47}),
    ("b69-pt-dly-too-many-connections", "pt", "dly", "ana.lopes.lx@gmail.com",
     [("geral@escola-lopes.example", "4.7.0", "421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later", "ratelimited", "mx.escola-lopes.example")], {"hours": 40}),
    ("b69-zhcn-dly-dns-servfail", "zh-CN", "dly", "liu.haoran.gz@gmail.com",
     [("caigou@guangzhou-dianzi.example", "4.4.3", "DNS Error: 55391048 DNS type 'mx' lookup of guangzhou-dianzi.example responded with code SERVFAIL", "networkerror", "")], {"hours": 43, "remote_words": False}),
    ("b69-it-dly-mailbox-temporarily-full", "it", "dly", "marco.gallo.to@gmail.com",
     [("segreteria@circolo-tennis-asti.example", "4.2.2", "452 4.2.2 <segreteria@circolo-tennis-asti.example>: casella piena / mailbox over quota", "mailboxfull", "mx.circolo-tennis-asti.example")], {"hours": 30}),
    ("b69-nl-dly-tls-required-not-offered", "nl", "dly", "finance@bouwbedrijf-assen.example",
     [("crediteuren@leverancier-emmen.example", "4.7.4", "TLS required by your administrator's compliance settings, but the recipient server mx.leverancier-emmen.example [203.0.113.66] did not offer STARTTLS", "failedstarttls", "mx.leverancier-emmen.example")], {"hours": 42, "remote_words": False}),
    # --- Google Groups' own refusals ---
    ("b69-en-groups-group-does-not-exist", "en", "nf", "mira.patel.ux@gmail.com",
     [("volunteers-2026@googlegroups.com", "5.1.1", "550-5.1.1 The group volunteers-2026@googlegroups.com does not exist. Check the\n550 5.1.1 group address for typos. 12c1f5a1b4e8a-4b2 - gsmtp", "userunknown", "")], {"remote_words": False}),
    ("b69-de-groups-no-permission-to-post", "de", "blk", "ralf.zimmer.ka@gmail.com",
     [("elternbeirat@grundschule-linden.example", "5.7.1", "550-5.7.1 You do not have permission to post messages to the group\n550-5.7.1 elternbeirat@grundschule-linden.example. Contact the group owner to\n550 5.7.1 request posting permission. 41be03b00d2f7-7fe - gsmtp", "rejected", "")], {"remote_words": False}),
    ("b69-es-groups-message-too-large", "es", "nd", "javier.soto.sev@gmail.com",
     [("coro-parroquial@googlegroups.com", "5.3.4", "552-5.3.4 The message is larger than the maximum size accepted by the group\n552 5.3.4 coro-parroquial@googlegroups.com (25 MB). 2adb3069b0e04-53f - gsmtp", "emailtoolarge", "")], {"remote_words": False}),
    ("b69-ja-groups-outside-org-sender", "ja", "blk", "taro.ishikawa.ngy@gmail.com",
     [("staff-all@nagoya-seiki.example", "5.7.1", "550-5.7.1 This group only accepts messages from members of nagoya-seiki.example.\n550 5.7.1 The sender's address is not permitted to post. 6a1803df08f44-6e4 - gsmtp", "rejected", "")], {"remote_words": False}),
    # --- Workspace admin routing failures ---
    ("b69-en-ws-outbound-gateway-refused", "en", "dly", "invoices@northgate-tools.example",
     [("ap@steelworks-supply.example", "4.4.1", "Outbound gateway relay.northgate-tools.example [203.0.113.25] set by your administrator could not be reached: connection refused", "networkerror", "relay.northgate-tools.example")], {"hours": 41, "remote_words": False}),
    ("b69-de-ws-routing-rule-reject", "de", "blk", "einkauf@maschinenbau-weber.example",
     [("angebote@wettbewerber-nord.example", "5.7.1", "550 5.7.1 Message rejected by a routing rule set by the administrator of maschinenbau-weber.example: mail to this domain is not permitted by company policy", "policyviolation", "")], {"remote_words": False}),
    ("b69-fr-ws-content-compliance", "fr", "blk", "rh@cabinet-lefevre.example",
     [("candidat.externe@gmail.com", "5.7.0", "552 5.7.0 Message blocked by the content compliance policy of cabinet-lefevre.example (confidential data detected)", "policyviolation", "")], {"remote_words": False}),
    ("b69-pt-ws-attachment-type-not-allowed", "pt", "blk", "ti@grupo-andrade.example",
     [("suporte@fornecedor-software.example", "5.7.0", "552 5.7.0 Your administrator does not allow sending attachments of this type (.js) outside the organization", "policyviolation", "")], {"remote_words": False}),
    ("b69-en-ws-split-delivery-legacy-unknown", "en", "nf", "helpdesk@riverbend-schools.example",
     [("b.ortega@riverbend-schools.example", "5.1.1", "550 5.1.1 <b.ortega@riverbend-schools.example>... User unknown (routed by split delivery to legacy.riverbend-schools.example)", "userunknown", "legacy.riverbend-schools.example")], {}),
    ("b69-ko-ws-daily-sending-limit", "ko", "nd", "marketing@hanbit-cosmetics.example",
     [("buyer@duty-free-incheon.example", "5.4.5", "550-5.4.5 Daily user sending limit exceeded. For more information on Gmail\n550-5.4.5 sending limits go to\n550 5.4.5  https://support.google.com/a/answer/166852 98e67ed59e1d1-2fa - gsmtp", "ratelimited", "")], {"remote_words": False}),
    ("b69-it-ws-restricted-delivery-org-only", "it", "blk", "ordini.gallo.to@gmail.com",
     [("magazzino@vinicola-langhe.example", "5.7.1", "550-5.7.1 The administrator of vinicola-langhe.example restricts delivery to this\n550-5.7.1 account to senders within the organization. This message violates\n550 5.7.1 the organization's mail policy. 5b1f17b1804b1-43e - gsmtp", "policyviolation", "aspmx.l.google.com")], {}),
    ("b69-nl-ws-recipient-suspended-by-admin", "nl", "nf", "teamlead@softwarehuis-delft.example",
     [("stagiair.2025@softwarehuis-delft.example", "5.2.1", "550-5.2.1 The email account that you tried to reach is suspended by the\n550 5.2.1 administrator of softwarehuis-delft.example. 6a1803df08f44-6e5 - gsmtp", "suspend", "aspmx.l.google.com")], {}),
]


for i, (name, lang, kind, sender, recips, opts) in enumerate(CASES):
    subj = DELAY if kind == "dly" else FAIL
    osubjs = ["Angebot", "Question", "Factura", "Re: visita", "Pedido 4471", "Aggiornamento", "Offerte", "Zapytanie", "\u0412\u043e\u043f\u0440\u043e\u0441", "\u3054\u6848\u5185", "\uc548\ub155\ud558\uc138\uc694", "\u62a5\u4ef7", "Invoice 2026-11", "Hello again"]
    txt = gmail_dsn(i + 1, name + ".eml", lang, kind, sender, recips, subj, hours=opts.get("hours", 47),
                    remote_words=opts.get("remote_words", True), returned="headers" if i % 3 == 2 else "message",
                    osubj=osubjs[i % len(osubjs)])
    write(OUT, name + ".eml", txt)


# ---------------- near-misses: ordinary Google mail ----------------
def nb(name, frm, to, subject, text, date, extra=(), subtype="plain"):
    cs = "7bit" if all(ord(c) < 128 for c in text) else "quoted-printable"
    body = text if cs == "7bit" else qp(text, "utf-8")
    heads = [f"Received: from mail-sor-f69.google.com (mail-sor-f69.google.com. [198.51.100.69])\n        by mx.google.com with SMTPS id {h(name, 12)}.3;\n        {date}",
             f"Date: {date}", f"From: {frm}", f"To: {to}", f"Subject: {subj_h(subject)}",
             f"Message-ID: <{h(name + 'm', 22)}@google.com>"] + list(extra)
    return "\n".join(heads) + f"\nMIME-Version: 1.0\nContent-Type: text/{subtype}; charset=\"UTF-8\"\nContent-Transfer-Encoding: {cs}\n\n" + body


NBS = [
    ("nb-google-storage-90-percent-full", "Google <no-reply@accounts.google.com>", "dana.whitfield@gmail.com",
     "Your Google storage is 90% full",
     "Your account is almost out of storage\n\nYou've used 13.5 GB of your 15 GB of Google storage (Gmail, Google Drive and\nGoogle Photos). When your storage is full, you won't be able to send or receive\nemails in Gmail.\n\nGet more storage: https://one.google.com/storage\n\nYou received this email to let you know about important changes to your Google\nAccount and services.\n(c) 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n", ()),
    ("nb-google-security-alert-new-signin-de", "Google <no-reply@accounts.google.com>", "katrin.moellenhoff@gmail.com",
     "Sicherheitswarnung",
     "Neue Anmeldung unter Windows\n\nkatrin.moellenhoff@gmail.com\n\nWir haben eine neue Anmeldung in Ihrem Google-Konto auf einem Windows-Ger\u00e4t\nfestgestellt. Wenn Sie das waren, m\u00fcssen Sie nichts weiter tun. Falls nicht,\nhelfen wir Ihnen, Ihr Konto zu sichern.\n\nAktivit\u00e4t pr\u00fcfen: https://accounts.google.com/AccountChooser?Email=katrin.moellenhoff@gmail.com\n\nSie k\u00f6nnen Ihre Sicherheitsaktivit\u00e4ten auch hier ansehen:\nhttps://myaccount.google.com/notifications\n", ()),
    ("nb-groups-message-pending-moderation", "Google Groups <noreply@googlegroups.com>", "mira.patel.ux@gmail.com",
     "Your message to volunteers-team awaits moderator approval",
     "Hello mira.patel.ux@gmail.com,\n\nYour message to the group volunteers-team has been received and is waiting\nfor a moderator to approve it. You will not receive a further notice if it is\napproved; if it is rejected, the moderator may write to you.\n\nSubject: Saturday shift swap\n\nVisit the group: https://groups.google.com/g/volunteers-team\n\n-- \nGoogle Groups\n", ()),
    ("nb-groups-moderator-digest-pending", "Google Groups <noreply@googlegroups.com>", "owner@grundschule-linden.example",
     "1 message pending in elternbeirat",
     "A message is waiting for your approval in the group elternbeirat.\n\nFrom: ralf.zimmer.ka@gmail.com\nSubject: Sommerfest Helferliste\n\nApprove, reject or mark as spam:\nhttps://groups.google.com/a/grundschule-linden.example/g/elternbeirat/pending-messages\n\nYou are receiving this because you are a moderator of elternbeirat.\n", ()),
    ("nb-calendar-invitation-declined", "Sepp Ebner (via Google Calendar) <calendar-notification@google.com>", "martina.ebner.muc@gmail.com",
     "Declined: Familientreffen @ Sa. 12. Dez. 2026 14:00 - 18:00 (MEZ)",
     "Sepp Ebner has declined this invitation.\n\nFamilientreffen\nSaturday 12 Dec 2026 14:00 - 18:00 (Central European Time - Berlin)\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are the organiser of this event.\nForwarding this invitation could allow any recipient to send a response to the\norganiser and be added to the guest list.\n", ()),
    ("nb-calendar-event-cancelled-undeliverable-word", "Google Calendar <calendar-notification@google.com>", "coach.miller.runs@gmail.com",
     "Canceled event: Track practice @ Tue Dec 8, 2026 6pm - 7:30pm (CST)",
     "This event has been canceled and removed from your calendar.\n\nTrack practice\nTuesday Dec 8, 2026 6pm - 7:30pm (Central Time - Chicago)\nLocation: Field house (not available: the field is closed for maintenance)\n\nOrganizer: team.captain@trackclub-ames.example\n\nInvitation from Google Calendar\n", ()),
    ("nb-reply-re-delivery-status-notification", "Bram Dekker <bram.dekker.utr@gmail.com>", "planning@aannemer-dekker.example",
     "Re: Delivery Status Notification (Failure)",
     "Hoi Kees,\n\nIk kreeg gisteren een foutmelding toen ik je de offerte stuurde, maar het\nlijkt nu opgelost. Heb je de offerte voor de dakkapel inmiddels ontvangen?\nLaat even weten als er nog iets ontbreekt.\n\nGroet,\nBram\n", ("In-Reply-To: <abc123@mail.gmail.com>",)),
    ("nb-workspace-admin-alert-suspicious-login", "Google Workspace Alerts <google-workspace-alerts-noreply@google.com>", "admin@harbourline-freight.example",
     "Alert: Suspicious login blocked",
     "Google Workspace Alert\n\nSuspicious login blocked\n\nWe blocked a sign-in attempt to m.okafor@harbourline-freight.example from an\nunusual location (Lagos, NG). The user must verify their identity at the next\nsign-in.\n\nView alert details in the Alert Center:\nhttps://admin.google.com/ac/ac\n\nYou received this mandatory service announcement to update you about important\nchanges to your Google Workspace account.\n", ()),
    ("nb-gmail-forwarding-confirmation-fr", "Gmail Team <forwarding-noreply@google.com>", "lucie.marchand@gmail.com",
     "(#771243655) Confirmation de transfert Gmail - Recevoir des e-mails de lucie.marchand@gmail.com",
     "lucie.marchand.pro@gmail.com a demand\u00e9 \u00e0 recevoir automatiquement les e-mails\nde votre compte Gmail.\n\nCode de validation : 771243655\n\nPour autoriser lucie.marchand.pro@gmail.com \u00e0 recevoir automatiquement vos\ne-mails, cliquez sur le lien ci-dessous :\nhttps://mail-settings.google.com/mail/vf-%5BANGjdJ8%5D\n\nSi vous n'\u00eates pas \u00e0 l'origine de cette demande, ignorez ce message.\n", ()),
    ("nb-workspace-storage-limit-admin-notice-ja", "Google Workspace <workspace-noreply@google.com>", "admin@nagoya-seiki.example",
     "\u3010\u91cd\u8981\u3011\u7d44\u7e54\u306e\u30b9\u30c8\u30ec\u30fc\u30b8\u4f7f\u7528\u91cf\u304c\u4e0a\u9650\u306e 95% \u306b\u9054\u3057\u307e\u3057\u305f",
     "\u7ba1\u7406\u8005\u69d8\n\nnagoya-seiki.example \u306e\u5171\u6709\u30b9\u30c8\u30ec\u30fc\u30b8\u4f7f\u7528\u91cf\u304c\u4e0a\u9650\u306e 95% \u306b\u9054\u3057\u307e\u3057\u305f\u3002\n\u4e0a\u9650\u306b\u9054\u3059\u308b\u3068\u3001\u30e6\u30fc\u30b6\u30fc\u306f\u30e1\u30fc\u30eb\u3092\u9001\u53d7\u4fe1\u3067\u304d\u306a\u304f\u306a\u308b\u5834\u5408\u304c\u3042\u308a\u307e\u3059\u3002\n\n\u7ba1\u7406\u30b3\u30f3\u30bd\u30fc\u30eb\u3067\u4f7f\u7528\u72b6\u6cc1\u3092\u78ba\u8a8d: https://admin.google.com/ac/storage\n\nGoogle Workspace \u30c1\u30fc\u30e0\n", ()),
    ("nb-groups-welcome-added-to-group-ru", "Google Groups <noreply@googlegroups.com>", "anna.sokolova.spb@gmail.com",
     "\u0412\u0430\u0441 \u0434\u043e\u0431\u0430\u0432\u0438\u043b\u0438 \u0432 \u0433\u0440\u0443\u043f\u043f\u0443 \u00ab\u041a\u043d\u0438\u0436\u043d\u044b\u0439 \u043a\u043b\u0443\u0431\u00bb",
     "\u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435!\n\n\u0412\u043b\u0430\u0434\u0435\u043b\u0435\u0446 \u0434\u043e\u0431\u0430\u0432\u0438\u043b \u0432\u0430\u0441 \u0432 \u0433\u0440\u0443\u043f\u043f\u0443 \u00ab\u041a\u043d\u0438\u0436\u043d\u044b\u0439 \u043a\u043b\u0443\u0431\u00bb (knizhny-klub@googlegroups.com).\n\u0427\u0442\u043e\u0431\u044b \u043e\u0442\u043f\u0438\u0441\u0430\u0442\u044c\u0441\u044f, \u043e\u0442\u043f\u0440\u0430\u0432\u044c\u0442\u0435 \u043f\u0438\u0441\u044c\u043c\u043e \u043d\u0430 knizhny-klub+unsubscribe@googlegroups.com.\n\n-- \nGoogle \u0413\u0440\u0443\u043f\u043f\u044b\n", ()),
    ("nb-customer-reply-your-mail-bounced-zh", "\u9648\u5b87\u8f69 <chen.yuxuan.bj@gmail.com>", "sales@beijing-jiaju.example",
     "\u56de\u590d\uff1a\u62a5\u4ef7\u5355",
     "\u674e\u7ecf\u7406\u60a8\u597d\uff0c\n\n\u6211\u4e0a\u5468\u53d1\u7ed9\u60a8\u540c\u4e8b\u7684\u90ae\u4ef6\u88ab\u9000\u56de\u4e86\uff0c\u63d0\u793a\u201c\u627e\u4e0d\u5230\u5730\u5740\u201d\u3002\n\u8bf7\u95ee\u60a8\u540c\u4e8b\u7684\u90ae\u7bb1\u5730\u5740\u662f\u4e0d\u662f\u6362\u4e86\uff1f\u62a5\u4ef7\u5355\u6211\u5148\u53d1\u7ed9\u60a8\uff0c\u9ebb\u70e6\u8f6c\u4ea4\u3002\n\n\u8c22\u8c22\uff01\n\u9648\u5b87\u8f69\n", ()),
]
for j, (name, frm, to, subject, text, extra) in enumerate(NBS):
    date = dt(2026, 11, 2 + j * 2, 9 + j % 9, (j * 11) % 60, (j * 17) % 60)
    if not all(ord(c) < 128 for c in frm):
        frm = enc_header(frm.split(" <")[0], "utf-8") + " <" + frm.split(" <")[1]
    write(NB, name + ".eml", nb(name, frm, to, subject, text, date, extra))

write_expected(os.path.join(OUT, "expected.jsonl"))
