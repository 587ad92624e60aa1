"""Text banks: forum titles and texts with every character a dump must escape, browser strings."""

from __future__ import annotations

from typing import Final

THREAD_TITLES: Final = (
    "Week 1 quiz, question 3",
    "Can't play the videos on Safari",
    'What does "accrual basis" mean?',
    "Study group in São Paulo",
    "Slides for lecture 2.4?",
    "Path C:\\coursera\\week2 not found",
    "学习小组 (Chinese study group)",
    "Thanks everyone 😀",
    "Deadline extension?",
    "Typo in lecture 3 notes",
    "Introduce yourself here!",
    "Peer assessment rubric",
    "Certificate of accomplishment",
    "Problème avec le quiz",
    "¿Hay subtítulos en español?",
    "Homework 4: 50% or 100%?",
)
FRAGMENTS: Final = (
    "I can't find the week 2 quiz.",
    'The lecturer said "accrual basis" twice, what does it mean?',
    "Windows path: C:\\Users\\me\\Downloads\\week1.pdf",
    "Merci, c'était très clair !",
    "Danke für die Erklärung, schön!",
    "这门课很有意思。",
    "Great lecture 😀",
    "¿Alguien más tiene problemas con el vídeo?",
    "NPV = CF / (1 + r)^t",
    "Line one\nLine two",
    "Pasted from Word\r\nwith CRLF",
    "col1\tcol2\tcol3",
    "<p>HTML <b>bold</b> &amp; entities</p>",
    "Half done; 'single' and \"double\" quotes.",
    "See lecture 3.2 at 04:15.",
    "Regex: \\d+\\.\\d*",
    "Anyone from Zürich? 🇨🇭",
    "Thanks!",
    "I agree with the previous post.",
    "The answer key for Q7 looks wrong to me.",
    "Can we use Excel for the assignment?",
    "Great course so far, learning a lot.",
    "Video 4 stops at 3:12 for me.",
    "Good luck everyone 🎉",
    "Résumé of week 1: revenue recognition, matching principle.",
    "A backslash at the end \\",
)
RARE_FRAGMENTS: Final = ("Copied from an old DOS file\x1a", "end of text \x1a\x1a ok")
SPAM_TEXTS: Final = (
    "Cheap essays!!! visit http://spam.example.com 💰💰",
    "BUY FOLLOWERS NOW -> http://spam.example.net",
    "Earn $$$ from home, click here",
)
KITCHEN_SINK: Final = (
    'Kitchen sink: it\'s "quoted" \\ back\\slash\nnew line\r\ncarriage return\ttab '
    "café naïve 中文 😀 ctrl-Z:\x1a end"
)
USER_AGENTS: Final = (
    "Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/40.0.2214.115 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) "
    "Version/8.0.3 Safari/600.3.18",
    "Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0",
    "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0",
    "Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) "
    "Version/8.0 Mobile/12B466 Safari/600.1.4",
)
LANGUAGES: Final = (
    "en-US,en;q=0.8",
    "en-GB,en;q=0.8,en-US;q=0.6",
    "es-ES,es;q=0.8,en;q=0.6",
    "zh-CN,zh;q=0.8,en;q=0.6",
    "fr-FR,fr;q=0.8,en-US;q=0.6,en;q=0.4",
    "de-DE,de;q=0.8,en;q=0.6",
    "pt-BR,pt;q=0.8,en;q=0.6",
)
SEARCH_QUERIES: Final = ("week 2 quiz", "café", "中文 字幕", 'the "matching" principle', "NPV")
