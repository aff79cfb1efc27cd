"""Hand-written fragments the corpus is composed from (see generate.py and README.md).

Every list is a slot of a text. Each fragment is written by hand; generate.py combines them
and varies the register (texting, typos, British/American spelling, emoji, punctuation).
Every fifth fragment of every list is kept for the held-out part only (and the fifth after
the fourth for the validation part, which chooses the thresholds), so that held-out texts
are made of fragments the heads never saw in training.
"""

# ---------------------------------------------------------------- needs: the feeling
FEELING_CLEAN = [
    "I feel exhausted", "I'm really anxious", "im so tired", "I feel lonely", "I'm stressed out",
    "I'm overwhelmed", "honestly I'm knackered", "I feel sad", "I'm nervous", "I feel a bit low",
    "I'm worried", "I feel drained", "I'm frustrated", "I feel hurt", "I'm scared",
    "I feel stretched thin", "I'm gutted", "I'm on edge", "I feel unsettled", "I'm feeling really flat",
    "I feel worn down", "I'm a bit wobbly", "I feel tense", "I'm disappointed", "I feel homesick",
    "I'm shattered", "I feel uneasy", "I'm sad and a bit angry", "I feel embarrassed", "I feel burnt out",
    "I'm excited but nervous", "I feel scattered", "I'm feeling fragile", "I feel jealous, if I'm honest",
    "I'm grumpy and tired", "I feel insecure",
]

FEELING_FAUX = [
    "I feel ignored", "I feel like you don't care", "I feel disrespected", "I feel taken for granted",
    "I feel abandoned", "I feel manipulated", "I feel like you'd rather be anywhere else",
    "I feel invisible to you", "I feel used", "I feel unappreciated", "I feel rejected",
    "I feel like I don't matter to you", "I feel betrayed", "I feel neglected", "I feel dismissed",
    "I feel like you only care about your phone", "I feel belittled", "I feel like you're not even trying",
    "I don't feel heard", "I feel pushed aside", "I feel unsupported", "I feel controlled",
    "I feel like you think my job doesn't count", "I feel criticised all the time", "I feel judged by you",
    "I feel that you don't respect my time", "I feel unwanted", "I feel let down by you",
    "I feel like you never think of me", "I feel patronised", "I feel as if you've checked out",
    "I feel sidelined",
]

# ---------------------------------------------------------------- needs: the situation
# A clean situation, to follow the feeling ("I feel tired" + " because ...").
SITUATION_CLEAN = [
    "because I've done bedtime alone all week", "since your shifts changed", "about the tax deadline",
    "after the week I've had", "because work has been non-stop", "because my mum is in hospital",
    "about meeting your parents on Sunday", "because the kitchen is still half painted",
    "when plans change at the last minute", "because we haven't had an evening together in weeks",
    "about money this month", "because the baby was up every two hours", "since the move",
    "because I have three deadlines on Friday", "because the car failed its MOT",
    "about my job interview on Monday", "because I haven't seen my friends in ages",
    "since we got back from holiday", "because the landlord still hasn't fixed the heating",
    "when the house is loud in the evenings", "because my back is playing up again",
    "about the school meeting on Wednesday", "because I've been on my own with the kids since Friday",
    "because the wedding planning is piling up", "when I come home and the evening is already gone",
    "about your trip next week", "because I didn't sleep last night", "since Dad's diagnosis",
    "because I said yes to too many things this month", "about the dinner with your boss",
    "because the washing machine broke and the laundry is piling up",
    "when we argue just before bed", "because I miss you when you're away so much",
]

# A statement of the situation on its own (a sentence, no feeling) — clean.
STATEMENT_CLEAN = [
    "Work was mad today.", "The kids are finally asleep.", "I've been thinking about this all day.",
    "Not trying to start anything, just want to ask.", "The recycling goes out on Thursday.",
    "My sister is coming on Saturday.", "I've got a dentist appointment at 4.",
    "The boiler man is coming between 8 and 12.", "I'm on call all weekend.",
    "Mum rang again about Christmas.", "I got the rota for next month.", "The car's making that noise again.",
    "We've got nothing in for dinner.", "I know you've had a long week too.", "I've booked the vet for Tuesday.",
    "The nursery called, Mia has a temperature.", "I start the new project on Monday.",
    "My boss is being a nightmare.", "It's been a rough few days.", "I love you, and I want this to work.",
    "I've had a headache since lunch.", "Rent is due on the 1st.", "I know this is a busy time for you.",
]

CRITICISM = [
    "You're always so wrapped up in yourself.", 'You never think ahead.', "You're so careless with my things.", "You can't ever admit you're wrong.", 'You never make any effort with my family.', "You're so forgetful it's unreal.", "You're always moaning.", "You're so tight with money.", 'You never pull your weight.', 'You only ever call when you want something.',
    "You never help with the kids.", "You're so selfish.", "You always leave everything to me.",
    "You don't care about anyone but yourself.", "You're completely useless with money.",
    "You never listen to a word I say.", "You only ever think about yourself.",
    "You can't even load a dishwasher properly.", "You're always on your phone.",
    "You never follow through on anything.", "You're so lazy.", "Typical you, forgetting again.",
    "You don't even try.", "You're always late.", "You never ask about my day.",
    "You're so inconsiderate.", "You make everything about you.", "You clearly don't care.",
    "You always have to be right.", "You just don't think about other people.",
    "You're hopeless at planning anything.", "You can't be bothered with anything that matters to me.",
    "You're the most thoughtless person I know.", "You never notice when I'm struggling.",
    "You're so cold with me lately.", "You always put your friends first.", "You're so unreliable.",
    "You never take anything seriously.", "You don't listen, you just wait to talk.",
    "What is wrong with you that you can't remember one thing?", "You're such a slob.",
    "Why are you always like this?", "You never, ever plan anything for us.",
    "You only care about your job.", "You're so messy, it's unbearable.",
]

CONTEMPT = [
    'Wow, you managed to find the kitchen.', 'Alert the media, you cooked.', 'How kind of you to finally join us.', "I'm sure your phone needed you more.", 'Must be hard being so busy doing nothing.', 'Gosh, a whole plate washed, you must be shattered.', 'Well look at you, remembering things.', 'Oh, the hero returns.', "I'd ask you to think, but let's be realistic.", 'Fascinating, tell me more about your very important game.', 'Big surprise, you forgot again, shocker.', 'Ooh, did that take all your energy?', 'What a shock, the bins are still full.', "Lovely to see you've discovered the hoover exists.", 'Oh well done, you put a cup in the sink, next to the dishwasher.', "I'm so lucky to have such a helpful partner, honestly 🙄", 'Thanks SO much for all your help, really.', 'Nice to know the sofa gets more of you than I do.', "You're about as useful as a chocolate teapot.",
    "Oh wow, you found the laundry basket, shall I call the papers?", "How generous of you to show up.",
    "I'm sure that was very hard for you.", "Congratulations on finally noticing.",
    "Nice of you to grace us with your presence.", "What a hero, you emptied one bin.",
    "Do you want a medal for doing the dishes?", "Honestly, a child could do it better.",
    "It's pathetic.", "Grow up.", "Are you actually that clueless?", "Well done, Einstein.",
    "Sure, because you're SO busy 🙄", "Oh, poor you.", "Must be nice to sit around all day.",
    "Look who finally decided to help.", "You're a joke.", "What are you, twelve?",
    "Wow, what an effort.", "Slow clap for you.", "Give the man a trophy.",
    "Must be exhausting being you.", "Bless you for trying, I suppose.", "Oh look, he can use a hoover.",
    "Shocking, you forgot again, who could have guessed.", "Thanks for nothing, as usual.",
    "You're such a baby about everything.", "It's embarrassing watching you try.",
    "Aw, did the big man get tired?", "Who raised you?", "I married a toddler apparently.",
    "Truly, the bare minimum, what a gift.", "Wow, gold star for you.", "Pathetic, honestly.",
]

SCOREKEEPING = [
    "I've done every single school run since September.", 'I cooked, cleaned, did the washing and put the kids to bed, and you watched telly.', "That's three Saturdays in a row I've been up with the baby.", 'I paid for the holiday, the car and the new sofa.', "I've been doing your share for months.", 'I took the kids to every party this month.', 'I did all the packing for the move myself.', 'I always end up doing the Christmas presents for your family too.', 'Who did the night feeds for six months? Me.', "I've held this family together all year.", 'Every bill in this house goes through me.', 'I did the dishes five nights running.', 'I gave up my weekend for your work thing, so.', "I've done the laundry for three weeks without a word.", "Since January I've organised every single date night.",
    "I did all four school runs and cooked every night.", "I've done the bins the last six times and you've done it once.",
    "After everything I do for this family,", "I cleaned the whole house on Saturday while you were out.",
    "I've covered every weekend this month.", "I paid for the last three dinners.",
    "I do literally everything around here.", "I'm the one who always remembers the birthdays.",
    "I did the night feeds all week, so you owe me.", "I deserve a break after carrying everything.",
    "The least you can do is help.", "For once, do something for me.", "I've given up so much for you.",
    "I put up with your mother every Christmas.", "That's five times I've picked you up from the station this month.",
    "I did the shopping, the laundry and the vet run, and you did nothing.",
    "I've been carrying this house for months.", "I worked a double and still made dinner.",
    "I've cancelled my plans three times for you.", "I've done every bath time since March.",
    "I made your lunch every day this week, so it's your turn.", "Count how many times I've done the laundry. Go on.",
    "Ten nappies today, all me.", "I've walked the dog every single morning, you haven't once.",
    "I sorted the car, the insurance and your mum's present.", "Every single holiday, I'm the one who books it.",
    "I drove both ways last time AND the time before.", "I gave up my Saturday for your brother's move.",
    "I've been the one getting up with her for three weeks straight.", "You owe me after last weekend.",
    "Seven dinners in a row, I cooked them all.",
]

# ---------------------------------------------------------------- needs: the request
REQUEST_CLEAN = [
    "Could you do the school run on Thursday?", "I need you to book the dentist by Friday.",
    "Can we sit down on Sunday afternoon and do the budget?", "I need you to take the 6am feed on Saturday so I can sleep in.",
    "Please can you call your mum about Christmas this week?", "Would you cook dinner tonight?",
    "I need a hug when you get home.", "Can you stay next to me for the first hour at the party?",
    "I need us to have dinner alone on Friday.", "Could you text me when you leave work?",
    "I'd love it if you planned our date next Saturday.", "can u pick up milk on the way home",
    "Let's put the phones in the drawer at 8 tonight.", "I need you to empty the dishwasher before bed.",
    "Could you ask me about my day over dinner?", "Can you sort the kids' packed lunches tomorrow?",
    "I need 20 minutes to myself after work, then I'll come and find you.", "Could you stop by the pharmacy on your way back?",
    "Could you look up train times for Sunday?", "Would you walk the dog in the mornings this week?",
    "I need you to check in with me at lunch on Thursday.", "Can we go to bed at the same time tonight?",
    "Please water the plants while I'm away.", "Could you take over bath time on Tuesdays and Thursdays?",
    "Can you come to my exhibition on Friday?", "I need you to hold my hand at the appointment tomorrow.",
    "Could we have a proper talk on Saturday morning, just us?", "Can you put the bins out tonight?",
    "Would you ring the plumber before 10 tomorrow?", "I need you to sit with me while I open the results.",
    "Can we plan one evening a week that's just ours, starting Wednesday?", "Could you clear the hallway by Sunday?",
    "Please text me if you're going to be later than 7.", "Can you handle dinner and bedtime on Thursday so I can go to the gym?",
    "Could you make the call to the bank with me on Monday?",
]

REQUEST_NEGATIVE = [
    "I'd really prefer it if you didn't smoke on the balcony.", 'Could you not bring your laptop to bed?', 'Please quit leaving the milk out.', "I need you to not shout when you're cross.", "It'd be nice if you weren't late every Sunday.", "Don't leave me alone at parties.", "I'd appreciate it if you stopped making plans without me.", 'No more phones at the table, please.', 'Please stop teasing me about my job.', "I'd love it if you didn't interrupt me in front of your friends.",
    "I need you to stop leaving your socks everywhere.", "It would be lovely if you weren't on your phone at dinner.",
    "I'd appreciate you not inviting your brother without asking me.", "Please don't raise your voice with me.",
    "No more coming home at midnight without texting.", "Quit interrupting me when I'm talking.",
    "I need you to not make plans for us without checking.", "Stop telling me to calm down.",
    "Can you not leave the dishes in the sink overnight?", "I don't want you gaming until 2am anymore.",
    "Never speak to me like that in front of the kids again.", "I'd rather you didn't tease me about my weight.",
    "I need you to stop checking your phone while I'm talking.", "Could you not scroll through your phone in bed?",
    "It'd be great if you stopped leaving wet towels on the bed.", "Please stop going on about my driving.",
    "I just need you to not be on your laptop all evening.", "Can you quit slamming the door when you're annoyed?",
    "I'd appreciate it if you didn't bring up my ex again.", "Don't make jokes about my family at dinner.",
    "I need you to stop spending money without telling me.", "It would be nice if you didn't sigh every time I ask.",
    "Please stop leaving the car on empty.", "I don't want to hear any more about your fantasy league at dinner.",
    "No more last-minute cancellations, please.", "Stop walking off when I'm talking to you.",
    "I'd love it if you weren't so glued to the telly.", "Can you stop correcting me in front of people?",
    "I need you to stop leaving the back door unlocked.", "Don't roll your eyes when I talk about work.",
    "please dont be on ur phone when im talking",
]

REQUEST_VAGUE = [
    'I need you to be more loving.', 'I need you to show up more.', 'I need you to be more attentive.', 'I need you to be a better listener.', 'I need you to respect me.', 'I need you to make time for me.', 'I need you to be more supportive of my career.', 'I need some appreciation once in a while.', 'I need you to take more responsibility.', 'I need you to care about our home.',
    "I need you to put us first.", "Show me it matters.", "I need you to be more supportive.",
    "I need more effort from you.", "I need you to step up.", "I need you to care more.",
    "I need you to be there for me.", "I need more respect.", "I just need you to be better.",
    "I need you to make me a priority.", "I need you to show me you love me.", "I need you to pull your weight.",
    "I need you to be more present.", "I need you to take this seriously.", "I need you to try harder.",
    "I need you to change your attitude.", "I need you to be a real partner.", "I need more from you.",
    "I need you to make me feel special.", "I need you to be more understanding.",
    "I need you to get your act together.", "i need u to actually show up for me",
    "I need you to be more romantic.", "I need you to be on my side.", "I need you to listen more.",
    "I need you to help out more.", "I want you to be more thoughtful.", "I need you to communicate better.",
    "Can you just be nicer to me?", "I need you to act like you want to be here.", "I need you to grow up a bit.",
    "I need to feel like a priority.", "I'd like you to be more involved.", "Could you make more of an effort?",
]

# Clean texts that use the trigger words innocently.
NEED_HARD_NEGATIVE = [
    "I did a double shift today so I'm wiped. Could you do bath time tonight?", "You're amazing with the kids. Could you take them to the park on Saturday morning?", 'I need you to never stop making me laugh 😂 and also to book the table for Friday.', 'Stop everything, I need a cuddle when you get home.', 'I feel ignored by my boss. Could you help me write to him tonight?', "It's ridiculous how tired I am. Can you take the dog out?", "Honestly, I'm a disaster with forms. Could you help me with the passport on Sunday?", "Don't worry about dinner, could you just grab bread on the way?", "I'm done with this week! Can we get a takeaway tonight?", 'Grow your beard if you like 😄 but could you trim it before the wedding on Saturday?',
    "You always make me laugh, and I need that tonight. Can we watch something silly after dinner?",
    "I never sleep well before exams. Could you take the dog out tomorrow morning?",
    "I feel like having pizza tonight, could you order it?", "Could you stop by the bakery on the way home?",
    "I feel like we should book the holiday soon. Can we look at flights on Sunday?",
    "You're so thoughtful with my mum. Could you help me plan her birthday on Saturday?",
    "Don't forget we're at your mum's on Sunday. Can you get flowers on the way?",
    "I feel silly asking, but could you show me how the boiler timer works?",
    "My boss is so rude. I need a hug when you get home.",
    "I know you're exhausted too. Could we split the ironing on Sunday?",
    "Never mind the dishes tonight, can we just sit together on the sofa?",
    "I'm not ignoring you, I'm just wiped. Can I have half an hour and then we talk?",
    "No rush, but could you send me the landlord's number by Friday?",
    "I hate asking for help 😅 but could you take the car for its MOT on Tuesday?",
    "You never have to be asked twice with the kids, thank you. Could you do bath time tonight too?",
    "I did the big shop this morning. Could you cook tonight?",
    "I feel ignored by the council, honestly. Can you help me write the complaint on Saturday?",
    "The least stressful option is the early train. Can you book it tonight?",
    "Stop me if I'm rambling, but can we talk about the summer on Sunday?",
    "I'm a total mess before presentations. Could you quiz me on Thursday evening?",
    "I can't stop thinking about the house. Could we go and see it again on Saturday?",
    "It's pathetic how nervous I get at the dentist 😂 will you come with me on Tuesday?",
    "You're always so calm in a crisis. Can you help me phone the insurer tomorrow?",
    "I feel like a new person after that walk. Can we do it again on Sunday?",
    "I never know what to cook on Mondays. Could you pick this week's recipe?",
    "For once the kids are at my mum's! Can we go out for dinner tonight?",
    "I don't want to forget Gran's birthday. Can you remind me on Thursday?",
    "I deserve nothing less than your honest opinion: can you read my cover letter tonight?",
    "I'm scared of spiders, as you know 🙈 could you get the one in the bath?",
    "You've been amazing with Dad. I'd love us to have a lazy Sunday together.",
    "Stop press: I got the job!! Can we celebrate on Friday?",
    "I feel you've been working so hard lately. Could we both take Friday afternoon off?",
]

# ---------------------------------------------------------------- replies
REPLY_CLEAN = [
    "Oh no, sorry, I didn't think. I'll move it now.", "Okay, tell me what you need and I'll do it.", "Good point, I'll sort the washing after tea.", "Yeah, that's on me. I'll ring your mum tomorrow.", "I'd love to, can we do Sunday though?", "Mm, I'm tired too, but I'll do the dishes if you dry.", "Thanks for telling me. I didn't know it bothered you.", "Sorry love, I'll be better about texting.", 'Sounds like a plan!', "Not tonight, my head's pounding. Tomorrow after work?", "I'll take the early shift with the baby, you sleep.", "Honestly I forgot, I'm sorry. Can I do it first thing?",
    "Yes, I'll do Thursday.", "Of course, I'll book it tonight.", "Sorry, I forgot. I'll do it now.",
    "I can't do Thursday, but I can do Friday.", "Not right now, I'm wiped. Can we talk after dinner?",
    "Yeah, sounds good 👍", "You're right, I dropped the ball. I'll call them tomorrow.",
    "That makes sense. I'll put my phone away at dinner.", "I hear you. How about I take the mornings this week?",
    "I didn't realise it was weighing on you that much. Thank you for telling me.", "ok, I'll be there at 6 ❤️",
    "I'm sorry, that wasn't fair of me. Let's sort it on Sunday.",
    "I need twenty minutes to calm down, then I'll come back and we'll talk.", "Fair. I'll do the bins from now on.",
    "I'm nervous about it too, but yes, let's do it.", "Can we do Saturday instead? I'm on late on Friday.",
    "Yes, and thank you for asking rather than doing it all yourself.",
    "I'm not sure I can do every night, but I can do Tuesdays and Thursdays.", "absolutely, and sorry it's been on you",
    "Happy to. Do you want me to ring them or email?", "I'm so sorry, love. I'll sit with you tonight.",
    "That's fair. I've been distracted, and I'll do better on Thursday.", "Yes! I've been wanting that too.",
    "Of course I'll come. What time do you need me there?", "I can't promise every week, but I'll do this Friday for sure.",
    "Thank you for saying it kindly. I'll sort the lunches.", "I'm in a meeting till 5, can I call you at 5.30?",
    "Deal. Phones in the drawer at 8.", "You're right, that's on me. Tonight I'll cook.",
    "I'd like that. Shall we say Saturday morning?", "Ouch, I didn't notice. Sorry. I'll take bath time this week.",
    "I feel a bit defensive hearing it, but you're right. I'll do it.", "Yep, on it 😊",
]

REPLY_HARD_NEGATIVE = [
    'Whatever you decide is fine with me, I trust you.', "I'm done with my shift at 4, so I can grab the kids.", "Calm down? No way, you're right to be cross.", "I'm not going to argue, you're right.", "It's not a big deal, I'll sort it in five minutes.", "Forget the budget for tonight, let's just rest, and do it Sunday.", "Fine! You win, I'll wash up 😂", "No, I don't mind at all, honestly.", "Drop me a text when you leave and I'll put the kettle on.", "Anyway, to answer you: yes, I'll come to the wedding.",
    "It's not a big deal for me to do it, honestly, happy to.", "Whatever you need, I'm here.",
    "I'm done with work early tomorrow, so I'll do the school run.", "I'm not going anywhere. Let's talk it through.",
    "Fine by me, I'll cook.", "Forget the dishes, I'll do them, go and rest.",
    "That's fair, it was my fault. I'll fix it.", "Okay, I'll stop scrolling at dinner.",
    "No worries at all, I'll pick her up.", "Calm evening sounds perfect, yes.",
    "I never mind doing the school run, you know that. Consider it done.",
    "You're right, I always forget the bins. I'll set a reminder.", "Not my favourite job, but yes, I'll do it.",
    "I'm not having a great day either, but I'm listening. Tell me more.",
    "Anyway, yes: Thursday's fine and I'll be home by six.", "I was busy, but that's no excuse. Sorry. I'll do it tonight.",
    "Relax? No, you're allowed to be upset about it. I'm listening.", "I'd rather not argue, so yes, let's do it your way tonight.",
    "Drop it off at mine and I'll sort it.", "Leave it with me, I'll ring them at 9.",
    "Whatever time suits you is fine, just text me.", "Sure, but can it be after 7? I'm at the gym till then.",
    "I'm so done with this week 😂 but yes, Friday date night!", "Overreacting? Not at all. I'd be upset too.",
]

DEFENSIVENESS = [
    'I was working, not out partying.', "You didn't say it was urgent.", "Maybe if you didn't nag I'd remember.", "I'm doing my best here, what more do you want?", "So it's my fault you're tired now?", "I don't see you doing it either.", 'I literally just sat down.', "It's not like I did it on purpose.", 'Why are you having a go at me?', "I had to stay late, it's not my choice.", 'You never told me it mattered that much.', "I forgot, I'm human, sue me.", "Well if you'd just asked me properly.", 'I do loads and you never notice.', "That's a bit rich coming from you.", 'Oh so now everything I do is wrong.', "I'm not a mind reader.", "Don't put this on me, it was your idea.",
    "Oh, so it's all my fault now.", "You're no saint either.", "It's not my fault you didn't remind me.",
    "Well, I work all day too, you know.", "I was busy, what do you want from me?", "I told you I'd do it, stop nagging.",
    "That's not what happened and you know it.", "What about the time you forgot my birthday?",
    "I did my best, it's not like you do any better.", "I'd have done it if you'd asked nicely.",
    "Don't blame me, you're the one who changed the plan.", "Excuse me for having a job.",
    "At least I don't spend all evening on my phone.", "So now I'm the bad guy?",
    "I was going to do it, you didn't give me a chance.", "Here we go again, everything's always on me.",
    "How was I supposed to know?", "I can't win with you.", "You're not perfect either.", "Well sorry for existing.",
    "I had a lot on, ok?!", "You didn't exactly help last time either.", "I'm not the only one who forgets things.",
    "That's rich, you never do it either.", "Why is it always me who has to change?", "I've been flat out, give me a break.",
    "Don't start, I've had a long day.", "I never said I would.", "It's not like you asked.",
    "Oh right, because you're perfect.", "I did it last month, so don't go on.", "Well, you should have said something earlier.",
    "Blame me then, like always.",
]

STONEWALLING = [
    "I'm not talking about this.", "Don't bother.", 'Forget I said anything.', 'Just leave it.', "I'm out.", 'Nothing.', "I don't want to talk about it. Ever.", 'Busy.', 'Sure, fine, whatever you want.', "I'll deal with it myself.", 'Not interested.', "Can't be arsed.", "I'm done.", 'Go away.', 'Drop it.', 'Later. Or not.', 'I have nothing to add.', "Don't wait up.", 'Stop talking to me.',
    "Whatever.", "Forget it, I'll sort it myself.", "Not doing this now.", "I'm not having this conversation.",
    "Fine.", "k", "I'm done talking about this.", "Do what you want.", "I don't care anymore.", "Leave me alone.",
    "I'm going out.", "...", "Not listening.", "Can we just drop it.", "I've got nothing to say.", "no.",
    "I'm not discussing this again.", "Don't care.", "Mm.", "Nope. Done.", "Talk to yourself then.",
    "I'm not doing this with you.", "Conversation over.", "Let's not.", "I'm going to bed.", "Yeah, no.",
    "Don't text me.", "I can't be bothered with this.", "Sure. Whatever you say.", "End of discussion.",
    "Ok.", "Not now, not later.",
]

DISMISSAL = [
    "Oh come on, it's just a bit of mess.", "You're reading too much into it.", "Seriously? That's what you're upset about?", "It's fine, stop worrying.", "Everyone's tired, it's normal.", 'Mm. So, did you book the car in?', "You'll laugh about this tomorrow.", "Don't be silly, it's nothing.", "It's one night, get over it.", 'Can we talk about something fun instead?', 'Okay, okay. Anyway, guess who I saw today?', 'Stop stressing, babe.', "It's hardly the end of the world.", "You're worrying about nothing as usual.", "Yeah, but I've had a long day too.", 'Sure, but not everything has to be a big talk.', "It's just socks, relax.", "Lol you're so dramatic sometimes.",
    "Yeah, but I'm dying to watch the season finale.", "Anyway, what's for dinner?", "It's one plate, chill.",
    "You're overreacting.", "Calm down.", "It's not a big deal.", "You're being dramatic.", "Sure, but I already made plans.",
    "Babe you're overthinking it.", "Relax, it's fine.", "You'll get over it.", "That's nothing, wait till you hear about my day.",
    "Okay but did you see the football score?", "Why are you making such a fuss?", "lol it's not that serious",
    "Mm yeah, anyway.", "Sure, sure. Did you get the milk?", "Let's not make a mountain out of a molehill.",
    "You're too sensitive.", "Meh, it'll sort itself out.", "Yeah yeah, but not now.", "It's literally five minutes, don't stress.",
    "Right, but the match is on.", "You always get like this when you're tired, it'll pass.",
    "Honestly it's not worth talking about.", "Oh come on, it's not that bad.", "Yeah, but I'm knackered.",
    "Uh huh. Have you seen my keys?", "You're making it bigger than it is.", "Chill, nobody died.",
    "Sure, but can we do this another time, I'm busy.", "Totally, but first, look at this video 😂",
]

REPLY_CONTEMPT = [
    "Oh, you're upset? Shocking.", 'Cute that you think that.', 'Aww, do you want a gold star?', 'Here we go, the drama queen speaks.', 'Sure thing, boss.', 'Oh no, how will you ever survive.', "You're hilarious, honestly.", 'Did you rehearse that speech?', 'Wow, deep. Did you read that somewhere?', 'Yes, your royal highness, right away.', 'Poor thing, must be tough being you.', 'Ha, says you.', "I'm shaking, truly.", 'Okay, Mother Teresa.', 'Riveting. Anything else?',
    "Wow, you're finally noticing.", "Shall I get you a medal?", "Oh, how generous of you.", "🙄 sure, princess.",
    "Well done, Sherlock.", "Aw, did someone have a hard day?", "Oh please, spare me the drama.",
    "Listen to yourself, you sound ridiculous.", "Cry me a river.", "Oh, I'm SO sorry, your majesty.",
    "God, you're pathetic.", "Wow. Just wow. Grow up.", "Sure, because you know everything.",
    "What a surprise, you're upset again 🙄", "Oh, here comes the victim.", "Bless. Do you need a nap?",
    "Who even talks like that? Ridiculous.", "Sorry, I don't speak drama queen.", "Ha. Cute.",
    "Yes, master.", "Congratulations, you found something else to moan about.", "You're such a child.",
    "Do you hear how stupid that sounds?", "Amazing, another lecture.", "Oh, the tragedy.",
    "Sure, Mum.", "What would I do without your wisdom.", "How original.",
]

REPLY_CRITICISM = [
    "You always make a big deal out of nothing.", "You never let anything go.", "You're so needy.",
    "You never think about anyone but yourself.", "You're always nagging.", "You can never just be happy.",
    "You're impossible to please.", "You always twist my words.", "You're so controlling.",
    "You never give me any credit.", "You're always in a mood.", "You never ask, you just complain.",
    "You're so negative all the time.", "You always find something wrong.", "You never trust me with anything.",
    "You're so uptight.", "You always exaggerate.", "You're never satisfied.",
]

REPLY_TAIL_CLEAN = [
    "I'll do it later.", "I'll do the bins tonight.", "Love you.", "I'm heading out at 7.", "I'll be home at 6.",
    "Dinner's in the oven.", "I'll text you from the station.", "The kids are in bed.", "I've got work in the morning.",
]

# ---------------------------------------------------------------- reflections
REFLECT_OPEN = [
    "What I hear is {p}.", "So {p}.", "It sounds like {p}.", "You're saying {p}, did I get that right?",
    "Let me check I've got it: {p}.", "If I heard you right, {p}.", "what i'm hearing is {p}, is that right?",
    "So what you're telling me is {p}.", "I think I heard that {p}. Is that it?", "Ok, so {p}?",
    "I'm hearing {p}.", "Let me say it back: {p}.", "Sounds like {p}, yeah?", "Just to check, {p}?",
]

REFLECT_PARA = [
    "you never get to rest", "you feel exhausted because you've done bedtime alone all week",
    "you feel like I'm never there in the evenings", "you need me to do the school run on Thursday",
    "you're worried about money and want us to sit down on Sunday", "you always end up doing the dishes and you're tired of it",
    "you feel lonely since my shifts changed", "you need me to put my phone away at dinner",
    "it hurt when I forgot your mum's birthday", "you're anxious about the party and want me to stay close",
    "you feel like you're carrying the house alone", "you're fed up with doing all the planning",
    "you never get a lie-in and you need one on Saturday", "you feel ignored when I'm on my laptop",
    "you feel I always take my friends' side", "you're scared about the results and want me there",
    "you want one evening a week that's just ours", "you feel I never ask about your day",
    "you're tired of asking me twice", "my comment at dinner really stung",
    "you feel taken for granted with the laundry", "you need me to text when I'm running late",
    "you're overwhelmed with the wedding stuff and need me to pick the band", "you felt alone at the party",
    "I keep promising and not doing it, and that's wearing you down", "you're sick of me being late",
    "you want me to stop interrupting you", "you need a hug when I get home", "you feel I don't take your job seriously",
]

REFLECT_DEFENSIVE_LEAD = [
    "Well, I work all day too, you know.", "That's not fair, I do loads.", "Honestly, I was busy too.",
    "I don't think that's true, but fine.", "You're not exactly perfect either.", "Here we go again.",
    "I did the shopping yesterday, so.", "It's not like you help either.", "Oh great, this again.",
    "Right, because it's always me.", "I was going to, before you started.",
]

REFLECT_DEFENSIVE_TAIL = [
    "but I was busy too", "but that's not really fair", "but you do it too", "but you never told me",
    "which is funny coming from you", "but I did it last week", "but I can't do everything",
    "but it's not my fault", "but you're not easy to live with either",
]

REFLECT_BLAME = [  # (text, labels)
    ("What I hear is you're complaining again.", ["criticism"]),
    ("So basically you think I'm useless. Great.", ["defensiveness"]),
    ("What I hear is that you're never happy with anything I do.", ["criticism"]),
    ("It sounds like you want a medal for doing the laundry.", ["contempt"]),
    ("What I hear is blah blah blah.", ["contempt"]),
    ("So you're upset about a plate. Again.", ["dismissal"]),
    ("What I'm hearing is you being dramatic about the dishes.", ["dismissal"]),
    ("So you never get to rest? Welcome to my life.", ["dismissal"]),
    ("I hear you, but honestly it's not that deep.", ["dismissal"]),
    ("You're saying I never help, which is just not true.", ["defensiveness"]),
    ("Got it. Whatever.", ["stonewalling"]),
    ("So you're the victim again, as usual.", ["contempt"]),
    ("What I hear is you nagging, like always.", ["criticism"]),
    ("Sounds like you need to calm down.", ["dismissal"]),
    ("So I'm the problem. Fine, I'm done talking.", ["defensiveness", "stonewalling"]),
    ("It sounds like you're overreacting, to be honest.", ["dismissal"]),
    ("What I hear is you can't cope with a bit of mess.", ["criticism"]),
    ("So you want me to do everything now. Brilliant.", ["defensiveness"]),
    ("I'm hearing that you're selfish and want it your way.", ["criticism"]),
    ("Right, you're tired. Aren't we all.", ["dismissal"]),
    ("What I hear is poor little you, doing everything 🙄", ["contempt"]),
    ("Yeah ok, I heard you. Can we stop now.", ["stonewalling"]),
    ("So it's all my fault, as usual.", ["defensiveness"]),
    ("What you're saying is I'm a terrible partner. Cool.", ["defensiveness"]),
    ("Sounds like you just like having something to moan about.", ["contempt"]),
    ("I hear you, but you always exaggerate.", ["criticism"]),
    ("So you feel lonely. Well, you're the one who's always out.", ["defensiveness"]),
    ("What I hear is you being needy again.", ["criticism"]),
    ("Sure, you never get to rest. Anyway, what's for dinner?", ["dismissal"]),
    ("Ok so you're annoyed. Not talking about it tonight.", ["stonewalling"]),
]

# ---------------------------------------------------------------- register
PREFIXES = ["honestly, ", "babe, ", "hey, ", "ok so ", "tbh ", "look, ", "hun, ", "so, ", "um, ", "love, "]
EMOJI = ["😔", "😅", "❤️", "🙏", "😩", "🥺", "💛", "😬", "😕", "🤞", "😞", "✨"]
BRIT_US = [
    ("colour", "color"), ("mum", "mom"), ("realise", "realize"), ("organise", "organize"),
    ("favourite", "favorite"), ("criticised", "criticized"), ("apologise", "apologize"),
    ("behaviour", "behavior"), ("programme", "program"), ("travelling", "traveling"),
    ("patronised", "patronized"), ("neighbour", "neighbor"), ("centre", "center"), ("cheque", "check"),
    ("telly", "TV"), ("knackered", "beat"), ("holiday", "vacation"), ("rubbish", "trash"), ("hoover", "vacuum"),
]
TEXTING = [
    (" you ", " u "), (" your ", " ur "), (" you're ", " ur "), ("please", "pls"), ("tonight", "tonite"),
    (" right now", " rn"), ("okay", "ok"), (" because ", " cos "), (" to be honest", " tbh"),
    (" I don't know", " idk"), (" thanks", " thx"), (" are ", " r "), (" really ", " rly "),
]
