"""A third batch of hand-written fragments (issue 12, part two), for the labels the blind set
found weakest: contempt without insult words, defensiveness as victim or counter-attack,
dismissal by minimising or changing the subject, avoidant stonewalling, tallies without the
stock phrases, vague asks not on a list, soft negative asks; and hard negatives that use the
same words kindly. Written without looking at any held-out or blind text. generate.py appends
each list here to the list of the same name in fragments.py (dealt out by position, as before)."""

CONTEMPT = [
    "Oh, the hero returns, only three hours late.", "I'd explain it to you but I haven't got crayons.", "Truly inspiring, the way you avoid the hoover.",
    "Ah yes, the famous five-minute tidy that takes all weekend.", "Oh my god, you emptied one bin, stop the press.", "You must be so proud of yourself.",
    "Shall I throw you a party for remembering the milk?", "Honestly, what a miracle, the towels made it to the rail.", "I'll alert the neighbours, you cooked.",
    "Congratulations on doing the absolute minimum again.", "Aww, did the big bad dishwasher scare you?", "I suppose that's your idea of helping.",
    "It must be exhausting being you.", "Oh what a surprise, you're too tired again.", "Yeah, I'm sure the sofa needed you more than I did.",
    "Gosh, you really outdid yourself with that sandwich.", "Pardon me for expecting an adult to act like one.", "Oh, so you can read a calendar after all.",
    "Lovely, another masterpiece of forgetting.", "Oh do go on, tell me how hard your day was.", "A round of applause for the man who found the laundry basket.",
    "Well look at you, using the washing machine like a big boy.", "I'm amazed you found the time between naps.", "You're such a treat to live with, really.",
    "Quelle surprise, the car's empty again.", "Clearly thinking isn't your strong suit.", "Oh sweetie, it's cute that you think that counts.",
    "Remarkable how the bins only fill up for me.", "Nice to see you've discovered the kitchen.", "I didn't realise I married a lodger.",
    "Thanks ever so much for gracing the school run with your presence.", "If effort were a sport you'd be on the bench.", "Hats off, you've set a new record for doing nothing.",
    "Oh, brave soldier, surviving a whole Saturday with the kids.", "Sure, because your time is so much more precious than mine.",
]
REPLY_CONTEMPT = [
    "Oh, here comes the TED talk.", "Aw, diddums.", "Mate, get a grip.", "Right, because you never make mistakes, Saint Whoever.", "Oh, spare me the violins.",
    "Cute. Really cute.", "Yawn.", "Tell someone who cares, sweetheart.", "Okay, Professor.", "Someone's dramatic tonight.", "Is it that time of the month for the speech again?",
    "Oh, is the princess upset?", "Wow. Deep. Very deep.", "Have you been practising that in the mirror?", "lmao ok sure 🙄", "Oh no, not the feelings again.",
    "You're adorable when you think you're right.", "Congrats on the award for most hard done by.", "Ooh, scary.", "Oh please, Oscar-worthy performance.",
    "Do you want a tissue?", "God, you're exhausting.", "Sure thing, boss. Anything else, your majesty?", "Okay, Mum.",
]
CRITICISM = [
    "You're always three steps behind on everything.", "You leave every single mess for me to find.", "You never think ahead, not once.",
    "You're just lazy when it comes to the house.", "You've never put me first, not one time.", "You're constantly moaning about my family.",
    "You forget everything I tell you.", "You're so careless with money.", "You never follow through on anything you promise.",
    "You're always making excuses.", "You just don't listen, ever.", "You always put your friends before me.", "You're so cold with me lately, it's like you don't care.",
    "Why do you always have to be so difficult?", "You're the most disorganised person I know.", "You never ask me anything about my day.",
]
REPLY_CRITICISM = [
    "You always turn my words against me.", "You're never happy with anything I do.", "You're so controlling about the house.", "You never let anything go.",
    "You always exaggerate.", "You're so negative all the time.", "You never appreciate anything.", "You always need to have the last word.",
]
DEFENSIVENESS = [
    "Oh right, so everything's on me now.", "Here we go, blame me again.", "Excuse me for trying.", "Well, I can't win with you, can I.", "So I'm the bad guy now?",
    "You're no angel yourself.", "Says the one who left the door unlocked.", "Funny, you didn't mind last week.", "You weren't exactly helpful either.",
    "I'm not a mind reader.", "Well, you never asked.", "You didn't say it was urgent.", "I had a lot going on, okay?", "It's not like I did it on purpose.",
    "I'd have done it if you'd let me.", "You changed your mind three times, what was I supposed to do?", "I was at work, remember?",
    "Sorry for having a job.", "Oh, and you're perfect, are you?", "I'm sorry you feel that way.", "You always find something to pick at.",
    "I've been run off my feet, cut me some slack.", "Everyone forgets things, why is it a crime when I do?", "I didn't hear you say that.",
    "Don't make this about me.", "You do exactly the same thing.", "Seriously? After the week I've had?", "It wasn't me who booked the wrong date.",
    "I only did what you told me to.", "Why is it always me who has to apologise?", "Well if you'd been clearer.", "Great, now I'm the villain again.",
]
STONEWALLING = [
    "Mm.", "Don't care.", "I'm out.", "Yeah, not doing this.", "Can't be bothered with this tonight.", "Say what you want, I'm not listening.",
    "I've got nothing to say.", "Do what you like, I'm going out.", "Sorted, I'll do it myself, as usual.", "Nope.", "I'm putting my headphones on.",
    "Drop it.", "Forget I said anything.", "Just leave me alone.", "ok.", "Cool. Whatever.", "I'm going to bed, we're not discussing it.",
    "I'm not getting dragged into this.", "I'll handle it myself, don't bother.", "Nothing to talk about.", "End of discussion.", "Let's just not.",
    "I'm busy.", "Can we not do this right now? Or ever?",
]
DISMISSAL = [
    "It's one night out, chill.", "It was only a joke, lighten up.", "You're making a mountain out of a dirty sock.", "Meh, it's fine.", "Eh, you'll get over it by tomorrow.",
    "Oh, that's nothing, my mum did way worse.", "Okay but did you book the cinema?", "Cool. Oh, by the way, the boiler's making noises again.",
    "Right. Anyway, how was the gym?", "Ha, you're funny. What's for tea?", "You're tired, that's all it is.", "It's not a big thing, honestly.",
    "Everyone feels like that sometimes, it's normal.", "Babe, it's a towel.", "It's a bin, not a crisis.", "Is that it? I thought something had happened.",
    "Yeah yeah, noted. So, Saturday?", "Don't be silly, it's fine.", "You're reading into it way too much.", "You get like this when you're hungry.",
    "Pfft, it's twenty quid.", "It's just how my family is, get used to it.", "Hmm. Did you call the plumber?", "You'll laugh about this next week.",
    "Yeah, but you know what I'm like.", "Sure, but can it wait till the weekend?", "Okay, but honestly I don't see the problem.", "Right, but I'm knackered.",
]
SCOREKEEPING = [
    "I did three night feeds on the trot.", "I cooked Monday, Tuesday, Wednesday and Thursday.", "I've hoovered twice this week and you haven't once.",
    "I paid the rent, the council tax and the phone bill.", "I stayed home with the kids while you went to the stag do.", "I've taken every sick day this year, not you.",
    "Four weekends in a row I've seen your parents.", "I've done five loads of washing since Sunday.", "I cleared the gutters, fixed the shelf and did the tip run.",
    "I've skipped the gym all month to cover the mornings.", "Last time it was me, and the time before.", "I've been doing breakfast, lunches and the school run.",
    "I covered your shifts at the shop twice.", "That's the fourth time I've cleaned up after your friends.", "I gave up my night out so you could have yours.",
    "I did the tip run, the recycling and the dishes, all before lunch.", "I've done the bedtimes since January.", "I carried the shopping up all three flights.",
    "I've sat through every one of your work dinners.", "I've made every packed lunch this term.", "Considering I did the whole move on my own,",
    "Seeing as I've done all the driving,", "I think I've done my bit this month.", "My turn's been every turn lately.",
]
REQUEST_NEGATIVE = [
    "It would be lovely if you didn't check your emails at the table.", "I'd be grateful if you weren't on your phone at bedtime.",
    "I'd really rather you didn't mention my weight.", "Please can you not leave the hob on?", "Would you mind not shouting up the stairs?",
    "Can we not have the telly on while we eat?", "I'd appreciate you not joking about my job in front of people.", "It would mean a lot if you didn't roll your eyes.",
    "Could you avoid booking things on my days off?", "I need you to stop saying you'll do it later.", "Maybe don't bring it up at your mum's.",
    "Please don't answer my phone.", "I'd prefer it if you didn't speak for me.", "No more surprise guests, please.", "Try not to wake me when you come in late.",
    "Can you quit leaving shoes in the hallway?",
]
REQUEST_VAGUE = [
    "I need you to be on my side for once.", "I need you to just be there.", "Can you be more present with us?", "I want you to step up a bit.",
    "I need to feel like a priority.", "I'd like more from you.", "I need you to want this as much as I do.", "Can you try to understand me?",
    "I need you to be more of a team player.", "I need a bit more care.", "I want you to take more responsibility.", "I need you to show up for me.",
    "Could you be more supportive?", "I need you to meet me halfway.", "I need things to be different.", "I just need more of you.",
    "Could you make me feel special again?", "I need you to notice me.", "I want you to be more grown up about money.", "I need you to make this a priority.",
]
REQUEST_CLEAN = [
    "Could you put your phone in the drawer during dinner on weeknights?", "Would you check with me before inviting people over on Saturdays?",
    "Could you do the 6am feed on Tuesday and Thursday?", "Can you take the car to the garage before Friday?", "Would you text me by 5 if you're going to be late?",
    "Could you say goodnight to me before you start gaming?", "Can you take over the online shop order from next week?", "Would you hug me when you get in?",
    "Could we put twenty minutes aside tonight to plan the week?", "Can you ask me about my day at dinner tomorrow?",
]
STATEMENT_CLEAN = [
    "The boiler's been playing up since Monday.", "My sister rang in tears last night.", "I've got three deadlines this week.", "The baby woke up six times.",
    "Work's been relentless.", "Your mum called about Christmas.", "The dog was sick on the rug again.", "I didn't sleep at all.",
]
REPLY_CLEAN = [
    "Fair point, I'll do better. Starting tonight.", "Oh love, I'm sorry. Come here.", "Right, yes. I'll book it now.", "I didn't know it bothered you. I'll stop.",
    "You're right, I've let that slip. I'll do Tuesday and Thursday.", "Totally fair. I'll take the kids to swimming.", "Ugh, sorry, my bad. Doing it now.",
    "I hear you, that sounds rubbish. How can I help?", "Can I have five minutes to finish this email, then I'm yours?", "I'm too angry to talk well right now. Walk at 8?",
    "Not this weekend, I'm away, but next Saturday definitely.", "Honestly, I hadn't noticed. Thanks for telling me.", "yes!! 🥰", "sorry babe, on it",
    "That's a lot. I'm sorry you've been carrying it. I'll take bedtimes this week.", "Hmm, I can't do mornings, but I can do every evening.",
]
REPLY_HARD_NEGATIVE = [
    "Anyway, sorry, you were saying? I'm listening.", "It's just a thought, but could I do Fridays instead?", "Relax tonight, I've got dinner.",
    "Not my fault the train was late, but I should've texted. Sorry.", "Fine by me, let's do it.", "Forget it? No way, let's sort it now.",
    "I'm going to bed early, but let's talk at breakfast, promise.", "Whatever you need, just tell me.", "Chill, I'll sort the tickets, you've done enough.",
    "Sure, but let me finish this first and then I'll come, ten minutes.", "No drama, I'll swap with Sam.", "Oh wow, you finished the marathon! So proud of you.",
    "How generous of your mum to have the kids, let's thank her.", "Nice job on the presentation, seriously.", "Medal for you, you smashed it today 🏅",
    "I'm sure that was really hard for you. I'm here.", "Must be nice to finally have a day off, enjoy it.", "I did the same thing last week, so I get it. I'll help.",
]
NEED_HARD_NEGATIVE = [
    "I've been doing the night feeds and I'm shattered. Could you do Friday night?", "I worked four late shifts this week. Can we have a slow Saturday?",
    "Oh wow, you fixed the shelf! Can you do the cupboard door too on Sunday?", "I'm so grateful you cooked all week. Can I take you out on Friday?",
    "It would be lovely if you came to the school play on Thursday.", "I'd appreciate it if you could ring the landlord tomorrow.",
    "Must be nice in Spain! Can we call when you land?", "I want us to be a team on the house stuff. Could we split the chores list on Sunday?",
    "You never complain about my snoring, bless you. Could we try the spare room on Friday so you sleep?", "I always feel better after our walks. Walk on Sunday?",
]
