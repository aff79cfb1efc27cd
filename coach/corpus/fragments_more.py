"""More hand-written fragments, written after the first validation run showed that the
heads need many distinct phrasings per label, not many combinations of few (see README.md).
generate.py appends each list here to the list of the same name in fragments.py."""

CONTEMPT = [
    "Oh brilliant, another genius idea from you.", "Amazing, you noticed the bins are full. Gold star.", "Yes, because you're the expert on everything.",
    "Well aren't you a ray of sunshine.", "Must be lovely having someone else do all your thinking.", "It's almost impressive how little you do.",
    "Do you practise being this useless?", "I'd be shocked if you remembered, honestly.", "You really are something else.",
    "Oh, so you DO know where the washing machine is.", "Bravo. You found your way home before midnight.", "Look at Mr Helpful over here.",
    "How on earth do you function as an adult?", "I've seen toddlers with better manners.", "What a treat, you put your own plate away.",
    "Honestly, it's like living with a teenager.", "Gosh, the effort must have nearly killed you.", "Let me guess, you were too busy gaming.",
    "Wow, you remembered my name, I'm touched.", "Don't strain yourself.", "Careful, you might actually help.", "The great provider has spoken.",
    "Nice of you to pencil me in.", "Shall I make an appointment to speak to you?", "Sorry to interrupt your busy schedule of doing nothing.",
    "Oh look who's decided to grace the family with his presence.", "Your mum clearly did everything for you.", "Are you five?",
    "I can't believe I have to explain this to a grown adult.", "Classic you. Truly.", "Thanks for the bare minimum, as always.",
    "What would we do without you.", "Well that was a waste of breath.", "Spare me.", "You're unbelievable, honestly.",
    "I'm so impressed you managed to load the dishwasher, want a parade?", "Oh sorry, did asking for help ruin your day?",
    "Incredible. You lasted a whole evening without your phone.", "Sure, take another break, you've earned it after all that sitting.",
]
REPLY_CONTEMPT = [
    "Oh, boo hoo.", "Okay, drama queen.", "Wow, you should write a book about how hard your life is.", "Sure, whatever you say, genius.",
    "Listen to you, the martyr.", "Oh stop, you'll make me cry.", "Do you ever get tired of being perfect?", "Right, Saint You.",
    "Have you finished your little speech?", "Bless your heart.", "You sound like your mother.", "You're such a princess sometimes.",
    "Is this the bit where I clap?", "Pfft. Please.", "Hilarious. Next.", "Whatever, Miss Perfect.", "Oh good, a lecture.",
    "Shall I write that down for you, since you'll forget?", "Cry about it.", "LOL okay.",
]
CRITICISM = [
    "You never think about how I feel.", "You're so self-absorbed.", "You always turn everything into a drama.", "You never finish anything you start.",
    "You're useless in a crisis.", "You always leave the hard stuff to me.", "You're so disorganised it drives me mad.", "You never stick to what we agree.",
    "You're so stubborn.", "You don't care about this family.", "You always take your mum's side.", "You're constantly on that phone.",
    "You never once thought about me.", "You're so insensitive.", "You only do things when it suits you.", "You're impossible to talk to.",
    "You always forget the things that matter to me.", "You're so passive, you never decide anything.", "You don't ever listen properly.",
    "You're always so grumpy in the mornings, it ruins the day.", "You never show any interest in my work.", "You're completely selfish with the car.",
    "You can never just be on time.", "You're such a pushover with your family.", "You always make me feel stupid.", "You never want to do anything I want.",
    "You're hopeless with the kids' stuff.", "Why can't you ever just help without being asked?", "You're always criticising me.",
    "You just don't care, do you?",
]
REPLY_CRITICISM = [
    "You always have to make everything about you.", "You're so dramatic.", "You never admit when you're wrong.", "You're always picking at me.",
    "You can't ever let me relax.", "You're so demanding.", "You always blow up over nothing.", "You never see what I do.",
    "You're so ungrateful.", "You always bring up the past.", "You're so sensitive about everything.", "You never give me a break.",
]
DEFENSIVENESS = [
    "I've been working all week, what do you expect?", "Well, nobody told me.", "How was I meant to know that?", "I did it last time, not my turn.",
    "Don't look at me, I didn't touch it.", "I was going to do it after this episode.", "Oh so I'm the only one who forgets stuff?",
    "You're blaming me for something you did.", "I'm not the only one living here.", "It wasn't even my idea.", "You could have done it yourself.",
    "Why do I always get the blame?", "I can't do everything, you know.", "It's not my job.", "I did try, okay?", "You never said it was a big deal.",
    "I'm tired too, in case you hadn't noticed.", "At least I went to work today.", "Maybe if you weren't so fussy.", "I already said sorry, what more do you want?",
    "That's not fair, I do plenty.", "Well you forgot the car insurance, so.", "I've had a really hard week, give me a break.", "Stop making me the villain.",
    "Don't twist this, I never agreed to that.", "Because I've been so busy doing everything else.", "I'm not psychic.", "It's not like you're any better.",
    "You're the one who wanted the dog.", "Well excuse me for having a life.", "I only forgot once!", "Me? What about you?",
    "I was going to, you just got in first.", "It's hardly my fault the bus was late.", "I do my share, thanks.",
]
STONEWALLING = [
    "Not getting into this.", "I'm going for a walk.", "Bye.", "We're not talking about this.", "I've heard enough.", "Stop. Just stop.",
    "Whatever makes you happy.", "Done with this.", "I'll do it myself then.", "Never mind.", "Don't care, do what you want.", "I'm switching my phone off.",
    "Not today.", "Talk to me when you've calmed down.", "Can't deal with this.", "I'm not answering that.", "Enough.", "Mhm.", "Pass.",
    "No comment.", "I'm done explaining myself.", "Forget it, it doesn't matter.", "I don't want to hear it.", "Leave it, I said.",
    "Fine, you win, I'm going to bed.", "I'm not having this again.", "Shut up about it.", "Go on then, do it yourself.", "Yeah. Bye.",
    "This conversation is over.",
]
DISMISSAL = [
    "It's not that deep.", "Why are you so worked up?", "It's literally nothing.", "Let it go, it's fine.", "You'll be fine.", "Don't overthink it.",
    "Eh, it's no biggie.", "You always exaggerate these things.", "It's only a few dishes.", "I'm sure it's not as bad as you think.",
    "Come on, cheer up.", "Okay. Anyway, did you feed the cat?", "Sure. What time's dinner?", "Mmhm. So about the weekend...", "You're fine, stop fussing.",
    "Ugh, can we not, I just want to chill.", "That's just how it is.", "Yeah yeah, I know. Did you see the news?", "It'll blow over.",
    "Honestly, who cares.", "It's not a problem, you're making it one.", "Oh please, that's nothing.", "Stop being so sensitive.", "Just relax, babe.",
    "You need to toughen up a bit.", "It's hardly a crisis.", "Yeah, but I'm busy.", "Sure, but I've got the football later.", "Sure, but not now.",
    "Yeah, but we did that last week.", "Totally, but first I need a shower and a beer.", "Yes, but I can't be bothered tonight.",
]
SCOREKEEPING = [
    "I've done bedtime every night this month, so tonight's yours.", "I did the food shop four weeks running.", "I've cleaned the bathroom every week since we moved in.",
    "I took the car in, paid the bills and did the bins, and you did what?", "I worked late all week and still did the washing.", "I've changed every nappy today.",
    "I organised your birthday, your mum's birthday and the anniversary.", "I've driven every single time we've visited your family.", "I did the whole garden on my own.",
    "I've been the one up at 5am every day.", "I always book the holidays, the dentist, everything.", "I've done the last ten washes.",
    "I did the dishes after every meal this weekend.", "I made dinner six nights out of seven.", "I paid for everything last month.",
    "I've put my career on hold for you.", "I sat through your work party, so you owe me this.", "After all the times I've covered for you,",
    "I've done all the Christmas shopping again.", "I spent my whole Saturday sorting your mess.", "I picked the kids up every day this week.",
    "Every morning it's me doing breakfast.", "Who cleaned the oven? Me.", "I've asked nothing from you for months.", "I do everything and you do nothing.",
    "I've walked the dog every day for a fortnight.", "You owe me at least one lie-in.", "I've given and given.", "I've earned a night off.",
]
REQUEST_NEGATIVE = [
    "Please don't leave the lights on all night.", "Could you stop bringing work home?", "I don't want you checking my phone.", "Don't ever say that to me again.",
    "Can you not play music so loud in the morning?", "I'd rather you didn't drink on weeknights.", "Stop answering for me in front of people.",
    "It'd be good if you didn't leave the car seat in the hall.", "Please stop sighing when I ask for help.", "I need you to not leave me waiting at the station.",
    "Could you not mention my job at dinner with your parents?", "Don't buy anything big without asking me.", "I'd appreciate it if you stopped calling me dramatic.",
    "No more leaving the washing in the machine overnight.", "Please quit putting empty cartons back in the fridge.",
    "It would help if you weren't so short with me after work.", "I don't want the TV on during dinner anymore.", "Stop leaving the gate open.",
    "Please don't walk away when I'm upset.", "I need you to quit scrolling when we're in bed.",
]
REQUEST_VAGUE = [
    "I need you to be more affectionate.", "I need you to be more considerate.", "I need you to help more.", "I need you to make more effort.",
    "I need you to pay attention.", "I need you to be more involved with the kids.", "I need you to be kinder.", "I need you to communicate.",
    "I need you to show me you care.", "I need more support.", "I need you to be less distant.", "I need you to prioritise us.",
    "I need you to be more responsible.", "I need you to take me seriously.", "I need you to be more patient.", "I need you to be around more.",
    "I need you to be more open with me.", "I need you to make me feel wanted.", "I need things to change.", "I need you to be better at this.",
    "Can you just try a bit harder?", "Could you be a bit more thoughtful?", "I want you to act like you care.", "I need you to do your part.",
]
STATEMENT_CLEAN = [
    "The baby's teething again.", "I had a horrible meeting this afternoon.", "The car's booked in for Thursday.", "Mum's not well.",
    "I've got a big presentation on Friday.", "The house is a mess after the party.", "My back has been sore all week.", "We're out of nappies.",
    "I've been feeling a bit lost lately.", "I got some feedback at work that stung.", "The kids have been up since five.",
    "I'm behind on everything this week.", "The washing has piled up.", "I found out my contract isn't being renewed.",
    "I've been thinking about us a lot.", "We haven't seen each other properly in days.", "I had a panic attack on the train.",
]
REQUEST_CLEAN = [
    "Could you do the bins tonight?", "Can you pick the kids up from football on Wednesday?", "I need you to call the garage before 5 tomorrow.",
    "Would you make me a cup of tea and sit with me for ten minutes?", "Could we talk about money on Saturday morning?", "Can you do bedtime tonight so I can have a bath?",
    "Please can you book the restaurant for Friday?", "Could you unload the dishwasher before work?", "Can we have a quiet night in tonight, just the two of us?",
    "Could you text me when you land?", "Would you come to the GP with me on Monday?", "I need you to take the bins out on Thursday night.",
    "Could you ring your brother about the weekend?", "Can you take the baby for an hour this afternoon so I can nap?", "Could you hold me for a bit?",
    "I need you to sort the car insurance by Friday.", "Can we go for a walk after dinner?", "Could you help me tidy the living room for twenty minutes?",
    "Would you sort the recycling tonight?", "Can you remind me to call the school at lunch?", "I'd love a lie-in on Sunday, could you get up with the kids?",
    "Could you tell me if you're going to be late?", "Could you ask how my interview went tonight?", "Can we plan Christmas together on Sunday afternoon?",
]
REPLY_CLEAN = [
    "Of course, I'll do it after dinner.", "Sorry, you're right. I'll sort it tomorrow morning.", "Yes, I can do Wednesday.", "Sure thing, I'll text when I land.",
    "I didn't realise, I'm sorry. Let's change it.", "That's fair. What would help most tonight?", "Yep, I'll be there.", "I can't Thursday but I'll swap with Mum.",
    "I'm sorry I snapped. Can we start again?", "Thank you for telling me, I'll do better.", "Okay. Give me ten minutes and I'm all yours.",
    "I hear you. I'll take the kids on Saturday.", "Absolutely, let's do it.", "Ah, I completely forgot. Doing it now.", "I'm knackered, but yes, I'll do bedtime.",
    "I want to, but I'm on call. Can we do Sunday instead?", "You're right, I've been on my phone too much. Putting it away.", "Good idea, let's book it tonight.",
    "I feel bad now, sorry. I'll call them first thing.", "Okay, I'm listening. Tell me what happened.", "Not right now, I'm too wound up. Can we talk at 8?",
    "Yeah, I get it. I'll stop leaving them there.", "I'll handle it, you rest.", "Sorry, I was being defensive. You're right about the bins.",
]
REPLY_HARD_NEGATIVE = [
    "Whatever you want for dinner is fine, I'll cook.", "I'm done at 5 so I'll grab the shopping.", "Relax, I've got the kids tonight, go out.",
    "It's not a problem at all, happy to help.", "Fine, let's do it your way, it's a better plan.", "Forget the washing, I'll do it, you sit down.",
    "No big deal, I'll swap shifts.", "Honestly it's nothing, I'd love to help.", "I'm not going to argue with that, you're right.", "Calm down? Never. Tell me everything.",
    "Anyway, yes, I'll be home by 6.", "Leave me the list and I'll do it.", "Yeah, but only if you let me cook too 😄", "I'm going out for milk, want anything?",
]
NEED_HARD_NEGATIVE = [
    "You always know how to cheer me up. Can we get a takeaway tonight?", "I never get to see you at lunch, could we meet on Wednesday?",
    "I'm so proud of you for the new job! Can we celebrate on Saturday?", "Don't let me forget to call Gran, can you remind me at 6?",
    "You did all the cooking this week, thank you. Let me do Saturday, and could you do Sunday?", "I feel like going for a swim, want to come on Sunday?",
    "I'm useless at parallel parking 😅 could you park at the hospital?", "Stop by the chemist on the way home if you can?", "Please never change, and please book the dentist.",
    "I feel like we've been great lately. Can we keep Friday nights for us?", "I've been so lucky with you. Could we plan a weekend away in May?",
    "You're never late, so I know you'll be at the school at 3, thank you.",
]
FEELING_CLEAN = [
    "I'm feeling really low", "I'm anxious and can't sleep", "I feel overwhelmed and teary", "I'm so stressed I can't think", "I feel lonely and a bit sad",
    "I'm nervous and a bit sick", "I feel exhausted and fed up", "I'm worried and on edge", "I feel unsettled and restless", "I'm hurt and tired",
]
FEELING_FAUX = [
    "I feel like I'm invisible", "I feel like you don't love me anymore", "I feel like you've given up on us", "I feel ignored by you", "I feel overlooked",
    "I feel like a maid", "I feel like you'd rather be with your friends", "I feel pressured by you", "I feel smothered", "I feel like you don't respect me",
]

# Kind replies that use always, never, "you keep", "all you ever do" as praise, and complaints
# about someone else: clean (LABELS.md: "You always make me laugh" is clean).
REPLY_HARD_NEGATIVE = REPLY_HARD_NEGATIVE + [
    "You always know what to say, thank you.", "You never let me down, you know that?", "You keep making my day better.",
    "All you ever do is look after us, and I see it.", "You're always so patient with me, thank you.", "You never miss a thing, love you.",
    "You always make the evenings fun.", "You're so kind, honestly.", "You keep me sane, yes let's do it.",
    "Every time I'm stressed you calm me down. Yes, Sunday.", "My brother is so rude, I'm sorry he said that.",
    "My manager never listens, I know how it feels. I'll help.", "The neighbours always park there, I'll move the car.",
    "You always smell nice, anyway yes I'll cook.", "You're so clever, I'd never have thought of that. Deal.",
]
NEED_HARD_NEGATIVE = NEED_HARD_NEGATIVE + [
    "You always make Sundays lovely. Could we do a long walk this week too?", "You never judge me, which is why I'm asking: can you help with my CV tonight?",
    "My sister is so selfish with Mum. Can you come with me to see Mum on Saturday?", "All you ever do is make me smile. Dinner on Friday?",
]
