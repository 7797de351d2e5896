/// Common given names and family names for the PHI scan's name rules, lower case.
///
/// Source: the person providers of Faker 40.63.0 (PyPI `faker`, MIT licence): the US given names (SSA
/// frequencies) and the 1,000 commonest US surnames (2000 census), with the given names and surnames of its
/// en_GB, en_IE, en_IN, hi_IN, es_ES, es_MX, pt_BR, fr_FR, it_IT, de_DE, nl_NL, pl_PL, ru_RU (transliterated),
/// vi_VN, ja_JP and zh_CN (romanised), yo_NG, ig_NG, en_NG and tw_GH providers, accents kept and also folded,
/// names of three letters or more; plus a short supplement written from general knowledge (Japanese, Korean,
/// Chinese, Vietnamese, Arabic, Nigerian, Ethiopian, Filipino, Cajun, Irish and Russian names and nicknames).
/// Split into tiers with the Debian `wamerican` word list and the words of the shipped code sets:
/// - `given`, `surnames`: not everyday English words (a few common names that are, such as John or Smith, kept);
/// - `ambiguous`: names that are also English words (Grace, Brown, Baker): names only beside a stronger cue;
/// - `clinical`: names that are also words of the ICD-10 and PCS indexes (Allen, Wilson, Addison): never
///   trusted in lower case or alone.
/// Months, places, nationalities and clinical abbreviations (May, Georgia, Candida, GERD) are left out.
extension PHIScanner {
    enum Names {
        static let given = """
        aachal aadhya aadi aahana aaliyah aanuoluwapo aarav aarini aarna aarnav aaron aarush aarón aashi aayush aba
        abayomi abbas abbi abbie abby abdi abdul abdullah abebe abebi abeer abeiku abel abelardo abena abeni abha
        abhimanyu abhiram abigail abigaíl abilio abiodun abiona abosede abraham abram abril achille achim adaeze
        adalbert adalberto adamo adan adebayo adebiyi adebowale adebukola adedayo adedeji adekitan adekola adekunle
        adela adelaida adelaide adelardo adelasia adelbert adele adeleke adelgunde adelheid adelia adelina adelinde
        adeline adelmo adenike adeniyi adeolu adeoti adepeju aderopo adesewa adeshina adesoji adesua adetayo adetoke
        adetoun adeyi adigun adina aditya adolf adolfine adolfo adora adoracion adoración adrian adriana adriane
        adrianna adriano adrien adrienne adrián adunni advaith advay advik advika adweta adwoa adya adán adèle
        adélaïde aedan aenne afanasiy afia afinogen afolarin afua agafon agafya agap agapito agastya agata agatha
        agathe aggey agnes agnieszka agnolo agnès agostino agueda agustin agustina agustín ahmad ahmed ahmet aida
        aidan aideen aiden aileen ailis aime aimee aimé aimée ainara aine ainoa aisha aishani aisling aislinn aitana
        aitor ajala ajani ajoke akanmu akemi akim akinkunmi akinlabi akinwale akira akos akosua akshay akua akulina
        akumaa akwasi akwesi alade alain alamu alan alana alanis alanna alannah alastair alban albano alberico
        albert albertine alberto albin albina albrecht alcides alderano aldo aldonza alec alejandra alejandro alejo
        aleks aleksandar aleksander aleksandr aleksandra aleksej aleksey alemu alena alessandra alessandro alessia
        alessio alevtina alex alexa alexander alexandra alexandre alexandria alexandrie alexandros alexei alexej
        alexia alexis alf alfio alfons alfonso alfred alfredo ali alice alicia alicja alida alina alisha alison
        alistair alister alix alka alla allan allana allegra allen allison alma almaz almudena almut almuth alois
        aloisia alondra alonso aloys alphons alphonse alta alvaro alvin alwin alwina alwine alyssa alícia amada
        amadeo amado amador amaira amalia amalie amancio amanda amando amara amarachi amarilis amaro amaya ambar
        ambrosio amedeo amelia amelie america americo amico amie amilcar amin amina amira amleto amoke amol amope
        amor amos amparo amrita amruta amvrosiy amy amy-lee amy-leigh amélie américa américo amílcar ana anabel
        anacleto anais anamika ananiy anastasia anastasie anastasio anastasios anastasiya anastazja anatol anatoli
        anatolij anatoliy anay anaïs andre andrea andreas andree andrei andrej andres andrew andrey andron andronik
        andrzej andré andrée andrés andy anel aneta anett anette angela angeles angelica angelika angelina angelino
        angelique angelita angelo angie angus angélica anibal anica aniela anika anikey anikita anirudh anisim anita
        anja anjali anjolaoluwa anka anke anmol ann ann-kathrin anna anna-lena anna-luise anna-maria anna-marie
        annabel annaliese annalisa annalise annamaria anne anne-kathrin anne-katrin anne-marie anne-rose annedore
        annegret annegrete annekatrin anneke annelene anneli annelie annelies anneliese annelise annelore annemarie
        annemie annemijn annerose annett annetta annette anni annibale annie annika annita annunziata anny anouk
        ansaldo anselm anselma anselmo ansgar ansh anthony antip antje anto antoin antoine antoinette anton
        antonella antonello antoni antonia antonie antonietta antonin antonina antonino antonio antonios antonius
        antony antônio anunciacion anunciación anusha anvi anya anzhela anzhelika aníbal aodhan aoibheann aoibhin
        aoibhinn aoife apolinar apollinariy apollon apollonia apolonia apostolos araceli aradhana aranzazu arcelia
        arefiy ariadna ariana ariane arianne aribert arie ariel arif arike arin arinola aristarkh aristides arjun
        arkadiusz arkadiy arkhip armando armida armin arnaldo arnaude arnd arndt arne arnfried arnim arno arnold
        arnulf arnulfo aroa aron arran arron arsenio arseniy artem artemio artemiy arthur artur arturo arunima arya
        aryan arzu aránzazu asafe asake ascensión asdrubal ashlee ashleigh ashlene ashley ashling ashton askold asta
        astrid asuka asuncion asunción atenulf athanasios atharv ati atilio atinuke atsushi attila audrey auguste
        augustin augusto aurea aurelia aureliano aurelie aurelio aurora aurore aurélie austin avdey averkiy averyan
        avgust avi avksentiy avni avtonom awero awesi axel aya ayaan ayden ayesha ayinde ayinke ayla aylin aylla
        aynur ayodeji ayodele ayoka ayoub ayse aysel ayten ayush ayushman azaan azad azahar azahara azariy azeglio
        azeneth aziz azra azucena baaba babasola babatunde babatunji babawale babett babette baccio bachittar
        baghyawati bahadurjit bailey bailie bakhshi baldassare baldomero balduino baldur balendra balhaar baljiwan
        baltasar balthasar balvan balveer banjeet bao barbara barbel barkha barry bartek bartholomaus bartholomäus
        bartolome bartolomeo bartolomé basilio bastiaan bastian baudelio bautista bayram bazhen beata beate beatrice
        beatrix beatriz becky begona begoña bekele bekir bela belen belinda bella belén ben benedetto benedikt
        benicio benigna benigno benita benito benjamim benjamin benjamín benn benno benoit benoît bente benthe bento
        benvenuto benício beppe berat berend berenice berit bernabe bernabé bernadette bernard bernarda bernardino
        bernardita bernardo bernd bernd-dieter berndt bernfried bernhard bernhardine bernt bernward bert berta
        bertha berthold berto bertold bertram bertrand beth bethan bethany betina betti bettina betty beverley
        beverly bhanumati bhavani bhavika bhavini bhavna bhavya biagio bianca bianka bibi bibiana bienvenida bilal
        billie-jo billy bimala bina birger birgid birgit birgitt birgitta birte birthe bishakha bjorn björn blaine
        blake blanaid blanca blanka blas blazej boaz bob bobby bodo bogdan bolatito boleslav boluwatife bonifacio
        bonnie boris borislav borja borys boyan bozena bradley brady bram brandi brandon branka branko brayan
        breandan breanna brenda brendan breno brent brett brian briana brianna bridget brigid brigida brigitta
        brigitte brijesh brinda brit brita britt britta brittany brittney bronach bronagh bronislav brooke brooklyn
        bruce bruna brunhild brunhilde bruni brunilda bruno bryan bryce bryony brígida budimir buenaventura bunmi
        burckhard burghard burkard burkhard burkhardt bárbara bärbel błażej cacilia cacilie cahal cahir cailin
        cailum caio caitlin caitlyn caitriona calcedonio caleb calebe calista calisto calixta calixto callan callum
        calogero calum calvin cameron camila camilla camille camillo camilo canan candace candela candelaria
        candelario candelas candice candido caoilfhionn caoimhe caoimhin caolain caolan caomhan capucine cara caragh
        caren caridad carin carl carl-heinz carla carlijn carlito carlo carlos carlota carly carmel carmela
        carmelita carmelo carmen carmina carol carola carole carolin caroline carolyn carrie carsten carter casandra
        casemiro casey casper cassandra cassidy cassie catalina catarina caterina cathal catharina catherine
        cathleen cathrin cathy cato catrin catriona caua caue cauã cauê cayetana cayetano ceara cebrian cebrián
        cecile cecilia cecilio cecília ceferino celal celestina celestino celia celina celine celso cemal cemil
        cengiz centa cesar cesare cetin ceylin cezary chaaya chaitaly chaitanya chakradev chakradhar chakrika chaman
        chameli champak chanakya chanchal chandani chandran chandresh chantal chantel chantelle chao charan charis
        charita charlene charles charlie charlotte charo charvi chasmum chatresh chatura chau chavvi chelo chelsea
        chelsey chema chen cherie cherith cheryl cheslav cheyenne chiamaka chiara chibuzo chidi chidimma chigozie
        chijioke chinedu chinelo chinwe chinyere chioma chita chiyo chizoba chloe chloé chloë chris christa christa-
        maria christel christelle christiana christiane christie christin christina christine christl christof
        christoph christophe christopher christos christy chucho chukwudi chukwuemeka chus chuy châu cianan ciara
        ciaran ciarrai cilli cillian cilly cindy cintia cipriano ciriaco cirillo cirino ciro ciríaco citlali claas
        claire clara clare clarence clarice clarisa clarissa clark claude claudia claudine claudio claudius claus
        claus-dieter claus-peter clayton clelia clemence clemens clemente clementina cleto clifford climaco clinton
        cliodhna cliona clive clodagh cloe clotilde cläre clémence clímaco codie cody cole colette colin colins
        colleen collette collin colm colton coluccio colum conal conall conan concepcion concepción concetta
        conchita conchur connie connor conny conor conrad conrado constance constantin constanza constanze consuela
        consuelo cora cordula corey corina corinna corinne coriolano cormac cornelia cornelio cornelis cornelius
        corrado corrie cortney cory cosima cosimo cosme costantino costanzo courteney courtney craig crescencia
        cristal cristian cristina cristobal cristóbal cruz curro curtis custodia custodio cynthia cyprian czeslaw
        cándida cándido cäcilia cäcilie cécile célina céline césar daan dafne dagmar dagmara dagobert daire dairine
        dajana daksh daksha dakshesh dalaja dalbir dalia dalila dalton damaris damian damiano damien damife damini
        damián damon damyanti dan dani danica daniel daniela daniele danielle danila danilo danique daniël danny
        dante danuta daphne dara darcy daria darika darin dario darius dariusz darko darlene darpan darragh darrell
        darren darryl darsh darya daryl darío dave davi david davyd dawid dayamai dayita dayna deaglan deane deanna
        dearbhail dearbhaile dearbhla debbie debora deborah debra declan deepa deirbhile delfina delfino delia
        dementiy demetrio demi demi-lee demi-leigh demid demilade demyan denis denise dennis denny derek dermot
        derrick dervla desiderio desiree desmond detlef detlev dev devansh devika devin devon dewi dex dhriti dhruv
        diana diane diarmuid diedrich diego dierk dieter diethard diethelm diether dietlind dietlinde dietmar
        dietrich dillon dimas dimitri dimitrios dina dino diogo dion dionigi dionisia dionisio dionne dipta dirk
        ditmar dittmar divya diya dmitri dmitriy dmitry dobromysl dobroslav dogan dolores dom domenico domhnall
        dominga domingo dominic dominik dominique domitila donal donald donata donatella donatello donato donna dora
        dorcas doreen dorina doris dorit dorita dorle dorofey dorota dorotea dorothe dorothea dorothee dorothy
        dorothée dorte dorthe dottie douglas doyinsola dragan dragica drago duane duc duilio dulce duncan dunja
        duong durante durodola dursun dusan dustin duuk duyen duyên dwayne dylan dylano débora dörte dörthe dũng
        dương eadaoin eamon eamonn earl eberhard eberhardt ebuka eckard eckart eckehard eckhard eckhardt eckhart
        ecrin edda eddie edel edelbert edelgard edelmira edelmiro edeltraud edeltraut edeltrud eden edgar edgardo
        edhitha edith editha edmund edmundo edoardo edouard edu eduard eduarda eduardo edward edwin eesha efim
        efrain efraín efrem egbert eggert egon egor ehrenfried ehrentraud ehrhard eileen eilis eilish eimear eimer
        eimhear eiravati eitel ekaja ekalinga ekani ekansh ekanta ekantika ekapad ekaraj ekaterina ekavir ekbal
        ekene ekiya ekkehard ekkehart ekow ekrem ekta ekundayo eladio elaine elba eleanor eleanora elena eleni
        elenore eleonora eleonore eleuterio elfi elfie elfriede eli eliabeth eliana elias elif eligia eligio elijah
        elin eline elisa elisabet elisabeth elise eliseo elisey elisha eliza elizabeth elizar elizaveta elize elke
        ella elladio ellen elli ellie ellinor elliot elliott elly elma elmar elmo eloa eloah elodia elodie eloisa
        eloise eloy eloá eloísa elpidio elsa elsbeth elvia elvira elwira elzbieta elías elżbieta ema emanuel
        emanuella emanuelly emeka emelina emelyan emer emigdio emil emile emilia emiliana emiliano emilie emilio
        emiliya emilly emily emin emine emma emma-louise emmanuel emmanuelle emmanuil emmerich emmet emmett emmi
        emmy emperatriz encarna encarnacion encarnación encarnita enda engelbert engin eniola ennio enno enrico
        enrique enver enya enzio enzo eoghan eoin epifan epifanio eraldo erasmo erast ercan erdal erdmute erdogan
        eremey erhard erhardt eric erica erich erick erik erika erin erkan ermanno ermenegildo ermes ermil ermolay
        erna ernest ernestina ernestine ernesto ernst ernst-august ernst-dieter ernst-otto erofey erol erwin eryk
        eryn eshana esi esila esmee esmeralda esmée esparta espartaco esperanza espiridion espiridión esteban
        estefania estefanía estela esther estrella esupofo etelvina ethan etienne etta ettore euan eufemia eugen
        eugene eugenia eugenie eugenio eugène eulalia eunan eunice eunji eusebia eusebio eustaquio eutimio eutropio
        eva eva-maria eva-marie evamaria evangelia evangelina evangelista evangelos evaristo evdokim evdokiya evelia
        evelien evelin eveline evelio evelyn evelyne evfrosiniya evgeniy evgeniya evgraf evi evie evita evlampiy
        evpraksiya evsey evstafiy evstigney evy ewa ewald ewan ewatomi ewelina ezequiel ezio faas fabia fabian
        fabiana fabienne fabio fabiola fabián fabiënne fabricio fabrizia fabrizio fadekemi faderera fadey fadime
        faina fainche falak falan falguni falk falko faqid faraj faras farhan fariq faris faruk fatih fatima fatma
        faustino fausto fay faye feargal fearghal febe fedde fedele federica federico federigo fedor fedosiy fedot
        fehintola fekla felicia feliciana feliciano felicidad felicitas feliks felipa felipe felisa felix felizitas
        femke fenna fenne feofan feoktist ferapont ferdi ferdinand ferdinando ferenc fergal fergus fermin fermín
        fernanda fernando fevroniya fiamma fibikemi fidel fidela fien fiene fiifi fikayomi filaret filimon filip
        filipp filippa filippo filiz filomena finbar finn fintan fiona fionntan fionnuala fiorenzo fiorino fitan
        fito fiyaz flavia flavio fleur flo floortje flor florencia florencio florentin florentina florentine
        florentino florian florina florinda floris foka folasade folashade folker folkert folu foma fortunat
        fortunata fortunato fotiy frado franca frances francesca francesco francis francisca francisco franciszek
        franck franco francois francoise franjo frank-michael frank-peter franka franklin franz franz-josef franz-
        peter franz-xaver franziska françois françoise frauke frazer fred freddy frederic frederick frederik
        frederike frederique fredi fredo fredy freia freya frida fridolin frieda friedbert friedemann frieder
        friedericke friederike friedhelm friedhilde friedhold friedl friedlinde friedo friedrich friedrich-karl
        friedrich-wilhelm frithjof fritz frol fryderyk frédéric frédérique fulgencio fulvio funmilayo fátima féline
        félix gabi gabino gabor gabriel gabriela gabriele gabriella gabrielle gabrielly gaby gael gaetano gagan gail
        gaja galaktion galasso galina galo ganga gareth garima garrett garry gary gaspar gaspare gaston gastone
        gastón gaurang gaurangi gaurav gauri gaurika gautam gautami gavin gavrila gayathri gbadebo gbolahan gbowoade
        gebhard gedeon geert geetika gelsomina gema gemma genaro genevieve geneviève gennadiy genoveva geoffrey
        georg george georges georgina georgine georgios georgiy gerald geraldine geraldo gerard gerardo gerasim
        gerda gerdi gereon gerfried gerhard gerhardt gerhart gerhild gerlind gerlinde germana germán gernot gero
        gerold gerolf geronimo gerrit gert gerta gerti gertraud gertraude gertraut gertrud gertrude gertrudis
        gervasio gerwin gerónimo gesa gesche gesine geza giacinto giacobbe giacomo giada giampaolo giampiero gian
        giancarlo gianfrancesco gianfranco gianluca gianluigi gianmarco gianna gianni gianpaolo gianpietro giel
        giesela gifty gijs gil gilbert gilberto gilda giles gilles gillian gina gino gioacchino gioachino gioele
        gioffre gionata giorgia giorgio giosue giosuè giovanna giovanni girik girindra girish girma girolamo gisa
        gisbert gisela gislinde gitta gitte giulia giuliana giuliano giulietta giulio giuseppe giuseppina giustino
        glafira glauco gleb glenda glenn gloria godofredo goffredo gonul gonzalo gopal goran gordana gordey gordon
        gostomysl gottfried gotthard gotthilf gotthold gottlieb gottlob gotz goyo gracia graciana graciano graciela
        graeme graham grainne graziano graziella grazyna greca greco greg gregg gregoire gregor gregorio gregory
        gremislav greta gretchen grete gretel gretl grigoriy griselda grzegorz grégoire guadalupe guarino gudrun
        gudula guenter guenther guglielmo guido guilherme guillaume guillermina guillermo guiomar guiseppe guiying
        gulay gulsen gulten gunar gunbir gunda gundel gundi gundolf gundula guneet gunhild gunnar gunter gunther
        guntram guriy gustav gustavo gustaw gusti guus guusje gwendolyn gérard gönül götz gülay gülsen gülten günter
        günther hadassa hagen hai haile hailey hajo hakan haley halil halina hamish hamsini hamza hanako hanh hanife
        hanna hannabel hannah hannchen hanne hanne-lore hannelore hannes hanni hanno hanns hanny hans hans-adolf
        hans-albert hans-bernd hans-christian hans-detlef hans-dieter hans-dietrich hans-eberhard hans-erich hans-
        friedrich hans-georg hans-gerd hans-gerhard hans-gunter hans-gunther hans-günter hans-günther hans-heinrich
        hans-helmut hans-henning hans-herbert hans-hermann hans-hinrich hans-joachim hans-jochen hans-jorg hans-
        josef hans-jurgen hans-jörg hans-jürgen hans-karl hans-ludwig hans-martin hans-michael hans-otto hans-peter
        hans-rainer hans-rudolf hans-theo hans-ulrich hans-uwe hans-walter hans-werner hans-wilhelm hans-willi hans-
        wolfgang hansgeorg hansjoachim hansjorg hansjurgen hansjörg hansjürgen hanspeter harald hardik harinakshi
        harini harish harita harold haroldo harri harriet harrison harro harry harshil hartmut hartmuth hartwig
        haruka haruto harvey hasan hassan hasso hatice haydee hayden haydée hayleigh hayley hector hedda hedi hedwig
        hedy heide heide-marie heidelinde heidelore heidemarie heiderose heidi heidrun heike heiko heimo heiner
        heinfried heini heino heinrich heinz heinz-dieter heinz-georg heinz-gerd heinz-gunter heinz-gunther heinz-
        günter heinz-günther heinz-joachim heinz-josef heinz-jurgen heinz-jürgen heinz-otto heinz-peter heinz-walter
        heinz-werner heinz-wilhelm heinz-willi heitor helen helena helene helfried helga helge heliodoro hella
        hellena hellmut hellmuth helma helmar helmtrud helmut helmuth heloisa heloísa hema hemal hemang hemangini
        hemani hendrik henner henni henning henny henri henriette henrik henrike henrique henry henryk heraclio
        herbert herberto heribert heriberto herlinde herma hermann hermann-josef hermelinda hermenegildo hermine
        herminia herminio hernan hernando hernán herrmann herta hertha herwig hidde hideki hien hilario hilary hilda
        hildburg hilde hildegard hildegart hildegund hildegunde hilma hilmar hiltraud hiltrud hinrich hipolito
        hipólito hiral hiroko hiroshi hitesh hoa hoang holger hollie holm homero hong honore honoré horacio horst
        horst-dieter horst-gunter horst-günter horst-peter hortense hortensia howard hoàng hredhaan hritik hubert
        hubertine hubertus hugh hugo hugues hui hulda hulya humberto huong husain huseyin hussein huu huy hyun
        héctor hélène hülya hüseyin hưng hương iain iban ibidapo ibironke ibrahim ibán ida idika ifeanyi ifechukwu
        ifeoma ifunanya ignacia ignacio ignacy ignatiy ignatz ignaz ignazio igor ijaya ikbal ikenna ikeoluwa iker
        ikshita ilaria ilarion ildefonso ildiko ileana ilhan ilias ilija ilja ilka ilona ilonka ilse ilya imaran
        imelda imke immo imran imre ina inaya indali indira indrajit indy ines inga ingbert inge ingeborg ingeburg
        ingelore ingetraud ingetraut ingmar ingo ingolf ingrid ingried inigo inioluwa inka inken inmaculada inna
        innokentiy inocencio insa inès inés ioannis iolanda iona iosif ipat ipatiy ippazio ippolit ira iraida
        irakliy irena irene iretioluwa irina irma irmela irmengard irmgard irmhild irmi irmingard irmtraud irmtraut
        irmtrud irya isaac isabel isabela isabell isabella isabelle isabelly isadora isaiah isaias isaque isaura
        isay isaías ise iseoluwa isha ishaan ishani ishanvi ishita ishola ishwar isidor isidora isidoro isidro isis
        ismael ismail ismet isolde istvan itzel itziar ivan ivana ivanka ivanna ivonne iván iwan iwo iwona iya
        iyabode iyadunni ize izmail izot izyaslav jacek jacinta jacinto jackie jackson jaclyn jacob jacobo jacopo
        jacqueline jacques jadwiga jafet jagat jagdish jagrati jagvi jaime jairaj jakob jakub jalsa james jamie
        jamie-lee jamie-leigh jan jan-peter jana janaki janani jane janet janett janette janice janin janina janine
        janko jann janna janne janos januja janusz janya jaqueline jared jari jarlath jaroslav jaroslaw jasmijn
        jasmin jasmina jasmit jason jatin javi javier javiera jayda jayde jayden jaylinn jayne jayson jean jeanette
        jeanne jeannette jeannine jedrzej jeet jeevika jeff jeffery jeffrey jelena jelle jelte jemma jen jena jenaro
        jenna jenni jennifer jenny jens jens-peter jens-uwe jente jeremi jeremiah jeremias jeremy jeremías jermaine
        jerome jeronimo jerry jerzy jerónimo jesper jesse jessica jessika jesus jesusa jesús jhalak jie jihoon jill
        jillian jim jimena jimmy jing jinthe jip jiri jisoo jiwoo joachim joan joana joann joanna joanne joao
        joaquim joaquin joaquina joaquín jobst jocelyn jochem jochen jodi jodie jody joe joel joelle joep joerg joey
        johan johann johanna johanne johannes john johnathan johnny jolanda jolanta jolanthe jolene jolie jolijn jon
        jonas jonatan jonathan jonathon jonás joojo joost jordana jordi jordon jordy jordán jorg jorg-peter jorge
        jorgen joris jorn jort jos jose josef josefa josefina josefine josep joseph josephine josette josh joshua
        josiah josip jost josue josué josé joséphine jovan jovita joyce jozef joão joël joëlle juan juana juanita
        juanito jude judith judy juergen jules julia julian juliana juliane julianna julie julie-anne julien juliet
        julieta juliette julio julita julius juliusz julián jun jurgen juri jurij jurre justin justina justine
        justus justyna jutta juul juwon jyoti jérôme józef jörg jörg-peter jörgen jörn júlia jürgen jędrzej kabir
        kacper kai kai-uwe kaique kaitlin kaitlyn kaja kajetan kalina kallistrat kalpit kamala kamil kamila kamilly
        kamya kana kane kaori kapiton kara karan karen kari karim karin karina karl karl-august karl-dieter karl-
        ernst karl-friedrich karl-georg karl-hans karl-heinrich karl-heinz karl-hermann karl-josef karl-jurgen karl-
        jürgen karl-ludwig karl-otto karl-peter karl-werner karl-wilhelm karla karley karlfried karlheinz karlijn
        karol karola karolin karolina karoline karp karsten kashish kashvi kasimir kaspar kasyan kata katalin
        katarina katarzyna kate katelyn katerina katharina katharine kathe katherina katherine kathi kathleen
        kathrin kathryn kathy kati katie katie-louise katja katrin katrina katy kavya kay kay-uwe kayla kaylee
        kayleigh kazim kazimierz kazimir kazuo kazuya kealan keano keelan keely keeva keiko keith keji kelechi kelli
        kellie kelly kelly-anne kelly-marie kelsey kelvin kemal kemi kenan kendra kenichi kenji kenneth keri kerri
        kerrie kerry kerstin kevin keya khalid khanh khariton kharlampiy khoa khristofor kiaan kian kiara kiera
        kieran kike kikelomo kiki kilian killian kim kimberley kimberly kir kira kirby kirill kirk kirsten kirstie
        kirstin kirsty klaas klara klare klaudia klaus klaus-dieter klaus-gunter klaus-günter klaus-jurgen klaus-
        jürgen klaus-michael klaus-peter klaus-ulrich klaus-werner klavdiy klavdiya klemens kliment klothilde kläre
        knud knut koen kofi kojo kolawole kondrat kondratiy konon konrad konstantin konstantinos konstanty konstanze
        korbinian kordula korede kori korinna kornel kornelia kornelius kornil kosisochukwu kreszentia kreszenz
        kriemhild krish krisha krishna krista kristen kristi kristian kristiane kristie kristin kristina kristine
        kristopher kristy kritika krystal krystian krystyna krzysztof ksawery kseniya kujoe kumiko kunibert
        kunigunda kunigunde kuno kupriyan kurt kurtis kuzma kwabena kwadwo kwaku kwame kwamena kwasi kweku kwesi
        kyan kyano kyara kyle kylie kyosuke kyra käte käthe käthi laban lacey ladimir ladislaus ladislav ladli
        laetitia laila lais lajita laksh lakshit lakshmi lalo lambert lamberto lana lando laoise lara larisa larissa
        larry lars laszlo latasha latoya laura laure laureano lauren laurence laurens laurent laurenz lauretta
        laurie lavanya lavinia lavr lavrentiy lavínia lawrence lawrencia layla lazar lazaro lazzaro laís leah
        leander leandra leandro leanne lee leela leena leif leigh leila leire leke lekha lena lene leni lenn leo
        leocadia leocadio leokadia leon leona leonard leonardo leoncio leone leonel leonhard leonid leonie leonor
        leonore leontiy leopold leopoldine leopoldo lere leroy lesley leslie leszek leticia letizia letícia lewis
        lex leyla leyre león lia liam liana liane liberto libni licia lidia lidija lidiya lidwina lieke liesa
        liesbeth lieschen liesel lieselotte lieve ligia lila lili lilia lilian liliana liliane lilija lilla lilli
        lilly lilo lina linda linde lindsay lindsey ling linh linn lino linus lioba lipika lisa lisa-marie lisandro
        lisanne lisbeth lise liselotte lisette lissi lissy liv livia livio liwia liz liza lize lizz lizzy ljiljana
        ljubica ljudmila lloyd lodovico loek loes logan lohit loida lois lola lolita longin loni lonnie lopa lora
        lorcan loredana lorena lorenz lorenza lorenzo loreto loretta lori lorna lorraine lothar lotte lotti louis
        louise lourdes loïs luan luana luara luc lucas lucca luce luchezar luchino lucho lucia luciana luciano lucie
        lucila lucinda lucio lucrezia lucy lucía ludger ludmila ludmilla ludovica ludovico ludwig ludwina luigi
        luigina luis luisa luise luisina luitgard luiz luiza luka lukas lukasz luke lukiya lukyan luna lunna lupe
        lupita luuk luz luzia luzie luís luísa lydia lynda lyndon lyndsay lyndsey lynn lynne lynsey lyubim lyubomir
        lyubosmysl lyubov lyudmila lázaro lâm léo léon lívia maaike maanas maanav maarten maartje maaya macarena
        macaria macario macauley maciej mackenzie madeleine madelief madeline madhav madhavi madison madlen mae
        maeve magarete magda magdalena magdalene maggie magnus magret magrit mahika mahmoud mahmut mai maik maike
        mairead mairtin maite maitê maja makar makayla maks maksim maksimilyan maksymilian malachy malcolm malena
        malgorzata malik mallory malte malwina mamen manabu manan manbir mandy manfred manja manola manolo manon
        manthan manu manuel manuela manuelita manuella manus manuél manya mara marc marcantonio marcel marcela
        marcelina marcelino marcella marcelle marcello marcelo marcia marcial marciano marcin marcio marco marcos
        marcus mareen mareike mareile marek maren marfa marga margaret margareta margarete margaretha margarethe
        margaud margaux margherita margit margita margitta margot margret margrit marguerite mari maria maria-luise
        maria-theresia mariah mariam marian mariana mariane marianela marianna marianne mariano maribel marica
        maricela maricruz marie marie-claire marie-louise marie-luise marie-theres marie-therese mariechen mariele
        marieluise marietta marija marijan marijn marika marilyn marina marino marinus mario mariola marion marisa
        marisela marisol marissa maristela marit marita maritta marius mariusz mariya marjan marko markus marleen
        marlen marlene marlies marliese marlis marta martha marthe martin martina martine martino martirio martyan
        martyn martín marvin mary maryam maryse marzena maría massimiliano massimo mateo mateus mateusz matheus
        mathew mathias mathijs mathilde matias matilda matilde mato matteo matthaus matthew matthias matthieu
        matthijs matthäus mattia mattias matvey matías maud maura maureen maurice mauricio maurilio maurits maurizio
        mauro maurycy maxi maximiano maximilian maximiliano maximino maximo maxwell maya maysa mayte mayya mckenzie
        meabh meagan meaghan mechislav mechthild mechthilde mechtild meera mees mefodiy megan megha meghan meghana
        mehdi mehmet meibh meik meike meinhard meinolf meinrad mekhala melania melanie melchor melina melinda melisa
        melissa melita melitta melle melvin meral mercedes merche meredith merel merijn merle meron meryem mesut
        metin mette mia micaela micha michael michaela michaele michail michal michał micheal micheala michel
        michela michelangelo michele micheletto michelle michelotto michèle mick mieszko miguel miguela mijo mika
        mikako mikayla mike mikhail mikhey miki mikolaj mikołaj mila milagros milan milen milena milica militsa
        miliy milka millicent milo milos milosz milou milovan mina mindy minerva ming minh minji minjun minna minoru
        miodrag mir mira miranda mirco mireia mirella miriam mirja mirjam mirjana mirko miron miroslav miroslaw
        miroslawa mirta mirte mirthe mitali mitchel mitchell mitesh mitofan mituru mitzy miłosz modesta modesto
        modupe mofifoluwa mohamed mohammad mohammed mohini moises moisey moisés mojisola mojisoluwa mokey mollie
        molly momoko mona monica monika monique monja montserrat moradeke morayo morena morenike moreno morgan
        moritz morolake morris mosinmileoluwa mosunmola motunrayo moyosore mstislav mugdha muhammad muhammed
        muharrem murat murilo mustafa muzaffer myles myriam myrthe máxima máximo mónica nachiket nacio nada
        nadeschda nadeshda nadezhda nadia nadin nadine nadja naina naksh nakul nanami nancy nandini nando nanni
        naoimh naoise naoki naoko naomh naomi naoto napoleone narcisa narciso narkis natali natalia natalie natalija
        natalio natalja natalya natan natanael nataniel natascha natasha natasza nath nathalie nathan nathaniel
        natividad natália naud naum naveen nayara nayeli nazar nazaret nazario necati nedda neel neelima neha neil
        nela nelida nelly nerea nereida nermin nestor netra nevenka ngoc ngozi nhat nhien nhiên niall niamh nicanor
        niccolo niccolò nichola nicholas nichole nick nico nicodemo nicola nicolai nicolas nicolasa nicolaus nicole
        nicoletta nicolo nicolás nicolò nidhi nidia nidra niek niels nienke nieves nifont nigel nihal niharika
        nikandr nikanor nikifor nikita nikki niklas niko nikodem nikodim nikola nikolai nikolaj nikolaos nikolas
        nikolaus nikolay nikon nilda nilima nilo nils nimakoah nimrat nina ninel ninetta ninioluwa nino ninthe nirja
        nisa nisha nitara nitesh niyilolawa nkiruka nnamdi nneka noah noe noel noelia noelle noemi noemí nonna nonso
        noor noortje nora norah norbert norberto norma norman notburga noud nour nout noé noémi noël noëlle nuala
        nuran nuray nurettin nuri nuria nurten nydia nynke nélida néstor oba obanijesu obdulia obianuju obinna
        oceane octavia octavio océane oda odalis odalys odette odhran odika oeshi ofelia ogechi ogooluwa oisin ojas
        ojasvi oke okechukwu oksana oktyabrina oladare oladimeji olaf olajumoke olakunle olalla olanrewaju olansile
        olasunmbo olav ole oleg olegario olena olga olgierd olimpia olimpiada olimpiy oliver olivia olivie olivier
        oliwier ololade oluchi olufunke olufunmilayo olumorotimi oluwafemi oluwagbemiga oluwakemi oluwamumibori
        oluwamuyiwa oluwasanmi oluwasegun oluwaseun oluwole olívia omaja omar omisha omkaar omobobola omobolanle
        omodunni omolabake omolara omosalewa omotara omotayo omotola omotoun omowumi omya oni onkar onofre onufriy
        onveer onyinye oonagh orazio oreofe orest oreste orfhlaith orhan oriana orinder orla orlagh orlaigh orlaith
        orlando ornella ortrud ortrun ortwin osamu oscar osha osip oskar osman ostap ostromir osunleke osvaldo
        oswald oswaldo oswin otavio otfried othmar otilia otmar ottavio ottfried ottilie ottmar ottokar ottomar
        ottone otávio ovidio oviya owen oxana oyenike oyindasola ozioma pablo paca pacifica paco pacífica padraic
        padraig padraigin pahal paige pakhom pallavi palmira paloma pamela pancho panfil panfilo panini pankrat
        pankratiy panteleymon paola paoletta paolo paramon parfen paride parker parth pascal pascale pascual
        pascuala pasqual pasquale pastora patric patrice patricia patricio patrick patrik patrizia patrizio patryk
        patty paul paul-gerhard paul-heinz paula paulette paulina pauline paulino paulo pauric pavani pavel pawel
        paweł paz peadar pearce pearse pedro peggy pelageya pelayo pellegrino penelope pepe pepijn pepita pepito
        perla perlita pero perry petar pete peter peter-michael petr petra petrona petros phileine philip philipp
        philippe phillip philomena phoebe phu phuc phuong phyllis phú phúc phương piaras piedad pien pierangelo
        piergiorgio piergiuseppe pierina pierluigi piermaria piero pierpaolo pierre piersanti pieter pietra pietro
        pilar pimen pina pio piotr pippa pirmin pius placido platon pleun plinio plácido polikarp polina polly
        pompeo pomponio poncio pooja porfirio porfiriy potap pranav praneel pranit praskovya pratyush preston
        primitiva primitivo priscila priscilla prisha priska priya prokhor prokl prokofiy prov prudencia prudencio
        przemyslaw przemysław puccio puk purificacion purificación pushti pánfilo pénélope pía pío qabil qadim qarin
        qasim qiang quang quincy quinn quinten quinty quique quirino qushi raagini rabea rachael rachana rachel
        rachelle rachit rachita radeke radha radhika radim radislav radmila radoslaw radosław radovan rael raf rafa
        rafael rafaela rafal rafaél rafał raffaele raffaella raffaellino raffaello raghav rahel raik raimondo
        raimund raimundo rainer raisa raissa rajata rajeshri raksha ralf ralf-dieter ralf-peter ralph ramazan ramiro
        ramon ramona ramón ranbir randall randolf rania ranieri ranveer raphael raphaela raquel ratibor ratmir raul
        ravi ravy rayaan rayan raymond raymund raúl rebeca rebecca rebekah rebekka recep reece regan regina reginald
        regine regulo rehaan rei reimar reimer reimund reina reinald reinaldo reiner reingard reinhard reinhardt
        reinhart reinhild reinhilde reinhold rembrandt remedios remigio remo remy rena renan renata renate renato
        rene renee reni rens renske renzo rené renée resi reuben reva reyansh reyes reyna reynaldo reza rhavi rhian
        rhianna rhianne rhiannon rhonda rhys rian ricarda ricardo riccardo ricciotti richard rickey ricky rico ridhi
        rigo rik rika riley rishi rita riya riza robbie robby robert roberta roberto robin robyn rocco rochus rocio
        rocío roderich rodion rodney rodolfo rodrigo rogelio roger rohan roise roisin roksana roland rolando roldan
        roldán rolf rolf-dieter rolf-peter romana romeo romina romolo romuald romulo romy román ron ronald ronaldo
        ronan ronith ronke ronnie ronny roos roque rory rosa rosa-maria rosalia rosalie rosalina rosalinda rosalinde
        rosalva rosalía rosaria rosario rosaura rose-marie roseanna rosel roselinde roselyn rosemarie rosemary
        rosenda rosendo rosi rosie rosina rosita rosl rosmarie rossana rostislav roswita roswitha rotraud rotraut
        rouven rowan roxana roy roza rozalia ruairi ruari ruben rubén rudi rudiger rudolf rudolph rudra rufina
        rufino ruggero ruggiero rupert ruperta ruperto rushil ruslan russell ruth ruthild ryan ryohei ryosuke
        ryszard ryurik régulo rémy rómulo róża rüdiger saanvi saar saban sabas sabatino sabina sabine sabri sabrina
        sacha sachi sahin saksham sakura salih sally salma salome salomey salomon salomé salomón salud salvador
        salvatore salvi sam samaksh samanta samantha samar samarth samesh sami samir samira samson samu samuel
        samuil sanaya sancho sandalio sandor sandra sandro sanne sante santiago santino santos sanya saoirse sara
        sarah sarah-jane sarah-louise sarina sarita sarthak sasha saskia sathvik satomi satoshi saturnina saturnino
        saul saumya saveliy saverio savva savvatiy sayuri scot scott seamus sean sean-paul seana seanan seaneen
        seanna sebastiaan sebastian sebastiano sebastien sebastián sedat segilola segismundo selena selim selina
        selivan seliverst selma semra senn senol senta seona seoyeon sepp serafim serafin serafina serafín serena
        sergei sergej sergey sergio sergius serpil sessa seth sevastyan seve severiano severin severino severo sevim
        seye shane shania shanice shanna shannan shannen shannon shari sharon shaun shauna shauneen shaurya shawn
        shawna shay shea sheena sheila shekoni shelby shelia shelley shelly sheree sheri sherri sherry sheryl
        shirley shivani shivansh shohei shona shota shravya sian sibel sibilla sibille sibylla sibylle siddharth
        sidor siegbert siegfried sieghard sieglinde siegmar siegmund siegrid siegried siegrun siegward siem sienna
        sigfrido sigfried sigismund sigizmund siglinde sigmar sigmund sigrid sigrun sigurd sijuade sil sila silantiy
        silja silke silva silvana silvano silvester silvestr silvestre silvestro silvia silvio similoluwa simisola
        simon simona simone simonetta simón sina sinaida sinead sinklitikiya siobhan siofra siya sjoerd slavica
        slavko slawomir slobodan sneha socorro sofia sofie sofiya sofon sofron sofía sokrat soledad solomon solveig
        somadina somtochukwu songul songül sonia sonja sonke sonya soojin sophia sophie sophie-louise soraya sorcha
        soren sosimo sotaro sowande spartak spencer spiridon stacey stacie stacy stanimir stanislaus stanislav
        stanislaw stanisław stanley stavros stef stefan stefani stefania stefanie stefano steffen steffi stella sten
        stepan stephan stephane stephanie stephany stephen sterre steve steven stewart stijn stilla stjepan stoyan
        stuart stéphane stéphanie subomi sudiksha sue suhani sukru suleyman susan susana susanita susann susanna
        susannah susanne suse susi suus suzanne suze svea sven svenja svetlana svetozar svyatopolk svyatoslav
        swantje swen swetlana sybilla sybille sydney sylke sylvana sylvester sylvia sylvie sylvio sylwia szymon
        sébastien sönke sören sükrü süleyman tabea tabitha tade tadeo tadeusz taichi taisiya takashi takeshi takuma
        tamanna tamara tami tammie tammy tanay tania tanish tanja tanmayi tanveer tanvi tanya tara tarak taras tariq
        tasha tassilo tatiana tatjana tatyana taylor tecla teerth tejas telemaco telmo telse temidayo temistocle teo
        teobaldo teodora teodoro teodosio teofila teofilo terence terentiy teresa teresita terrance terrence terri
        terry tesfaye tess tessa teun teófila teófilo thaddaus thaddäus thales thanh thao thea theda thekla theo
        theobald theodor theodora theodore theodoro theodoros theophile theres theresa therese theresia thi thiago
        thibault thibaut thierry thies thijmen thijn thijs thilo thom thomas thoralf thorben thorsten thành théo
        théodore théophile thérèse tiarna tiarnan tibor tiburcio tiegan tiernan tiffany tijmen tijn tijs tikhon
        tillmann tilly tilman tilmann tilo tim timm timo timofey timoteo timothee timothy timothée timur tina tino
        tirza titilayo tito tiziana tiziano tobias tobiasz toby toki tokunbo tola tolulope toluwanimi tom tomas
        tomasa tomasz tomislav tommy tomori tomoya tomás tonia tonicha tonino tono tony tonya toralf torben tori
        toribio torquato torsten tory toño tracey traci tracie tracy trang traude traudel traudl traugott traute
        travis trevor tri tricia trifon trini trinidad tripti trish tristan tristán triveni triya trofim trong troy
        trude trudel trudi trung trí tsubasa tuan tulay tullio tunde tung turkan turvi tverdislav tvorimir twan
        tycho tygo tyler tymon tymoteusz tyrone tùng tülay türkan ubaldo uberto ubika ucchal uche uchenna udant
        udarsh udyati ugo ugolino ujunwa ulf ulises ulla ullrich ulrich ulrike ulyan ulyana umang umberto una undine
        unnati unni upadhriti upasna upkaar upma urbano uriel urishilla urmi urs ursel ursula urszula urte urvashi
        urvi uschi ustin ute utkarsh utz uwe vadim vaishnavi vajen vajèn valentijn valentim valentin valentina
        valentín valeri valeria valerie valerij valerio valeriy valeriya valero valeryan valeska valérie vamakshi
        vanesa vanessa vansha vanya varenya varfolomey varlaam varsha varvara vasana vasatika vasco vasilisa vasiliy
        vassilios vasudha vatslav veda vedant vedhika vedika veerle veit velimir venancio venceslas venceslás
        venedikt veniamin verena vernon veronica veronika veronique verónica vesna vicenta vicente vicki vickie
        victoire victor victoria victoriano victorino vida vidal vidhi vigo vihaan vikentiy viktor viktoria viktorin
        viktoriya vilma vinaya vince vincent vincentio vincenza vincenzo vinicio vinicius vinko vinzenz vinícius
        violeta violetta viraj virgilio virginia virginie viridiana visitacion visitación vissarion vitali vitaliy
        vito vitor vitoria vittoria vittorio vitória vivaan viviana viviane vladilen vladimir vladislav vladlen
        vlado vlas volker volkhard volkmar vrinda vrishti vritti vsemil vseslav vsevolod vyacheslav vyanjana
        vysheslav vân véronique víctor văn wahab waida wakeeta walburga waldemar waldtraut walentina walfried walli
        wally walter walther waltraud waltraut waltrud wanda warda warhi warinder warjas warren watika wayne wazir
        wei wencke wendelin wendolin wendy wenke wenzel wera werner wesley wessel whitney wibke widisha wiebke
        wieland wieslaw wigbert wiktor wilfredo wilfrido wilfried wilfriede wilhelm wilhelmine willem willfried
        willi william willibald willibert willie willy wilma wiltrud winfried wishi witold wladimir wojciech
        woldemar wolf-dieter wolf-dietrich wolf-rudiger wolf-rüdiger wolfgang wolfhard wout wouter wriddhish wridesh
        wulf wuraola wyatt wálter xalak xaver xavi xavier xenia xiao ximena xiomara xiti xiu xiulan xiuying xuan
        xuân yaa yachana yadavi yagnesh yago yahvi yaiza yakov yakub yamini yang yanuariy yara yaropolk yaroslav
        yasemin yash yashasvi yashawini yashica yashoda yashodhara yashvi yasmin yasmine yassin yasti yasuhiro yatan
        yatin yauvani yejide yeni yesenia yesica yessica yetunde yewande yfke yilmaz ying yinthe yochana yoichi yoko
        yolanda yong yoshiko yoshita yosuke youngsoo youssef yug yui yuki yuko yulian yuliy yuliya yumiko yuri
        yuridia yuriy yusuf yuta yutika yuvenaliy yuvraj yves yvette yvonne yésica yéssica zac zacarias zacarías
        zach zacharie zachary zaid zaida zainab zaira zaitra zak zakaria zakhar zansi zara zarna zashil zayan zayyan
        zbigniew zdenka zdravko zeferino zehaan zehra zeki zeljko zenon zenta zeynep zhanna zilmil zinaida zinal
        zinoviy zita zlatko zoe zoey zofia zoltan zoraida zoran zosima zoya zoé zoë áfrica ágata ágatha águeda
        álvaro ámbar ángel ángela ángeles ánh áurea änne édgar édith édouard élisabeth élise élodie éléonore émile
        émilie éric étienne íngrid ísis íñigo óliver óscar úrsula łukasz
        """
        static let surnames = """
        aalts aarden aarts abad abascal abatantuono abba abbagnale abbott abe abella abellan abellán abiola aboraa
        abrafi abramov abramova abrego abreu abril accardo acedo acerbi acero acevedo acharya acheampong achison
        ackermann acosta acuna acuña adadia adame adams adan adebayo adebisi adegbite adegoke adekunle adelaar
        adelakun adeleke adelusi ademiluyi aderibigbe aderogba adesiyan adetokunbo adeyemi adeyemo adinolfi adisa
        adkins adler adolph adoma adomah adomako adriaansen adriaensdr adriaense adryaens adu adusei adutwum
        adutwumwaa adwubi adán aeije aelftrud aertsz afanasev afanaseva afirifa afoakwa afolabi afolayan afonja
        afrakomaa agafonov agafonova agarwal agazzi aggarwal agnesi agnew agostinelli agostini agrawal aguado aguayo
        agudo aguila aguilar aguilera aguilo aguiló aguirre agullo agusti agustin agustí agustín agyapomaa agyapong
        agyare agyei agyeiwaa agyemang ahearn ahearne ahern aherne ahluwalia ahmed ahn ahortor ahuja ainsboro ajao
        ajayi ajello ajewole akhtar akinrinola akinwale akoaa akoto akowua aksenov aksenova akyaa akyeampomaa
        akyeampong akyena alabi alamo alarcon alarcón alberdi albero alberola albers albert albertini alberto alboni
        albuquerque alcala alcalde alcalá alcantar alcantara alcaraz alcazar alcolea alcántar alcántara alcázar
        aldobrandi alegre alegria alejandro aleksandrov aleksandrova alekseev alekseeva aleman alemannie alemannië
        alemany alemán alenburg alexander alexandre alfaro alfieri alfonsi alfonso ali aliaga alighieri allain allan
        allard allemanie allemanië allen aller allis allison almagia almagià almagro almansa almanza almaraz almazan
        almazán almeida almonte aloba aloisio alonso alonzi alonzo alpaidis alsina altamirano altera alva alvarado
        alvarez alvaro alves amador amaldi amalrada amat amato amaya amigó ammaniti amoa amoako amoakowaa amoanimaa
        amoasi amor amores amoros amorós ampadu ampofo ampofowaa ampoma amponsa amponsah amstel anand anastasi anaya
        anda anders andersen anderson andorful andra andrade andre andreev andreeva andreotti andreozzi andres
        andreu andrews andrés angeli angiolello anglada anguiano anguillara anguissola anguita angulo angus anichini
        anima anisimov anisimova ankra anne annsboro anokye ansboro ansems ansomaa ansomah antelami anthony antoine
        anton antonacci antonelli antonello antonetti antonini antonioni antonov antonova antonucci antunez antwi
        antwiwaa antón antúnez anyanwu aoki aparecida aparicio apodaca aponte aporti appelman appia appiah apte
        aquino aragao aragon aragones aragonés aragão aragón aramburu arana aranda araujo araújo arce archuleta arco
        arcos arellano arens arent arevalo argan argentero argenti argento arguello argurio arias ariasso ariens
        arino ariosto ariza ariño arjona arkel arkhipov arkhipova armani armas armellini armendariz armendáriz
        armengol armenta armstrong arnaiz arnal arnau arnaud arnold arnsberg aroca arora arranz arredondo arregui
        arreola arriaga arribas arrieta arroyo arteaga artemev artemeva arthurs artigas arya arévalo asamoa asamoah
        asante asantewaa asare aschman asenjo asensio asenso ashe ashley ashman ashton asiama asiedu asieduwaa
        asmundo asprucci assem asten ata ataa atchison atienza atkins atkinson atwal atzler aubert aubry auch
        aulenti aumann aurora austermuhle austermühle austin avalos avdeev avdeeva avery avila aviles avilés
        avogadro avoirt awodiran awolowo awuah ayala ayandokun ayers ayllon ayllón aylward ayoola ayuso azcona
        azevedo aznar azorin baafi baah baalen baawia babati babato babbo babtunde babu baca bachmann bacosi badal
        badami badia badillo badoer badoglio badu badía baena baez baeza baggio baglioni bahena bahl bahr bahri bai
        bailey bailly bains baird bajaj bajamonti bajardi bajwa bakare bakker bakshi bala balaguer balakrishnan
        balan balasubramanian balay balbi balbo balderas baldwin bali balla ballard ballester ballesteros balogun
        balotelli bamidele bamiloye bandello bandeville bandi banerjee banik bann bannon banos bansal banuelos
        banville baquero baracca barad barajas baral baranov baranova barba barbarigo barbe barbera barberini
        barbero barberá barbier barbosa barcaccia barcella barcelo barceló barcena barco barela barents barese
        baresi baria barillaro barkholz barlow barnes barnett barneville baro baroffio barozzi barracco barragan
        barragán barral barranco barraza barre barreda barrena barrera barreto barrett barrientos barriga barrios
        barrnette barron barros barroso barry barsanti bartels barth barthelemy bartlett bartley bartoli bartolome
        bartolomé barton barzini baró barón basadonna basak bastiaanse bastiaense bastida basu bataglia batalla
        batista batlle batra batta battaglia battelli battisti baudry bauer baum bautista bauza bauzà bava bave bawa
        baxter bayo bayon bayona bayón bazin bazzi baños bañuelos beakey beale beasley beasty beattie beatty
        beaumont beccaria beccheria becerra becht becker beckmann bedi beeck beeckmans beek beekman beernink beffa
        beggan beggs begley begue begum behan behl beier beieren beijring beirn beirne bejarano bekbergen belda
        bellemans belletini bellido bellini bello bellocchio bellucci bellò belmonte belousov belousova belov belova
        belozerov belozerova belpere belton beltran beltrán belyaev belyaeva belyakov belyakova bembo ben benard
        benavent benavente benavides benavidez benavídez benedetti benet benigni benitez benito benjamin bennet
        bennett benoit benson bentheim benthin bentley benton benussi benítez beourgeois bera berends berendse
        berengario berenguer beresford bergen berger bergh bergin bergoglio berkel berkum berlusconi bermejo
        bermingham berminghim bermudez bermúdez bernaards bernad bernal bernard bernardi bernardini bernat bernetti
        berney bernicia bernie bernier bernini berre berrios berrocal berrè berríos bersani berthelot bertho bertin
        bertoli bertolucci bertoni bertran bertrand bertrán besnard bespalov bespalova besson betancourt bettin
        bettoni bevan bevilacqua beyer bezemer bhagat bhakta bhalla bhandari bhardwaj bhargava bhasin bhat bhatia
        bhatnagar bhatt bhattacharyya bhatti bhavsar biagi biagiotti bianchi bianchini bibi bien bierstraten
        biesenbos biesty biezenbos biggen bignami bignardi bijlsma bilbao billung binaghi binner bir birmingham
        birnbaum biryukov biryukova biswas bixio blaak blackburn blackwell blair blake blanc blanca blanchard
        blanche blanchet blanco blanes blankenship blasco blasi blazquez blees bleijenberg blevins blewanus blin
        blinov blinova bloch bloemendaal blokhin blokhina blokland blom blondel blonk blumel blázquez blümel boada
        boadi boadu boaga boahen boakye boakyewaa boase boatemaa boatemaah boaten boateng bobal bobrov bobrova
        bobylev bobyleva bocca boccaccio boccherini boccioni bocelli bock boddaugh bodin bodoni boer boers boeser
        boetet boezio bogan bogdanov bogdanova bohan bohlander bohnbach boiardo boitani boito boix bokenkamp boland
        bolander bolanos bolaños boldu boldù bolger bolkesteijn bolnbach bolshakov bolshakova bolton bolzmann
        bombieri bompiani bona bonanno bonar bonatti bonaventura bonbach bondumier bonet bongiorno bonilla bonino
        bonneau bonner bonnin bonolis bonomo bonsra bonsu bont booden boogaerts booker boone bora borah borde
        boreland borges borghese borgia borisov borisova borja borland borman borner borra borrani borras borrego
        borrell borromeo borromini borroni borrás borsellino borsiere borzomi borzomì bos bosch bose bosio bosman
        bossi bosurgi botella botello botta bottaro botticelli bottigliero bou boucher bouchet boucsein boudewijns
        boudreaux bouhuizen boulanger boulay boulogne bourdon bourgondie bourgondië bourke bousquet bouthoorn boutin
        bouvet bouvier bouwhuisen bova boven bovene bovenen bowe bowen bowles boyce boyer boylan boyle boyse bradden
        bradford bradley bradshaw brady bragadin bragaglia bragin bragina bragt brahmbhatt bramante brambilla
        branaola brancaccio branciforte brandon brandt brannelly brar brassil braun bree breen breheny brenen brenna
        brennan bresciani brese breslin bresnehan bresse bresé breton brett breugel breugelensis breukeleveen
        breukelveen briand briccialdi brichese bridson briel briemer brien briere brievingh briggs briody briones
        brisee briseno briseño brislane brito brizee brock broderick brody broeckx broeders broek broekhoven
        broeshart broggini bronder brookes brophy broschi brosnan broussard brouwer browne broy bru bruce bruchem
        bruder bruen bruggeman brugman brugnaro bruijn bruijne brumleve brun bruneau brunel brunelleschi brunello
        bruno brunswijk bruscantini bruton bruyn bruynzeels bryan bryant bryson buch buchanan buchholz buckley budig
        buendia buendía bueno bui buijs buisson bulzoni bumb bunschoten buonauro burcardo burch burchill burgess
        burgos burke burnett burov burova burton buscetta busoni busquets bustamante bustos butala butselaar
        buttimer buttimore buuren buytelaar bykov bykova byrd byrne byrnes báez bárcena bähr bärer bègue bétancourt
        bökenkamp börner bùi caballero caban cabanas cabanillas cabañas cabello cabeza cabezas cabibbo cabo caboto
        cabrera cabrero cabrini cabán caccianemico caccioppoli caceres cadden caddow cadefau cadena cadenas cadogan
        cadorna caetani cafarchia caffarelli cafferkey cafferky cafferty caffrey cagney cagnin cagnotto cahalane
        cahill cahillane cahir cai cain caine cainero caironi calarco calatayud calbo caldeira caldera calderon
        calderón caldwell calgari calhoun callaghan callahan callan callanan callegari callegaro calleja calligan
        callinan cally calvet calvey calvillo calvo calzada camacho camanni camara camargo camarillo cameron
        camicione camilleri camino camiscione cammarata cammel campanella campano campbell campillo campise campo
        campos campoy camuccini camus canales canali canas canavan candelaria canellas canet canete canetta
        canevascini canil canizares cannan canniffe cannizzaro cano canova canovas cantero cantimori cantrell cantu
        cantwell cantón cantú cao caparros caparrós capdevila capecchi caplis capone cappelli capples capua capuana
        caraballo caracciolo carbajal carbajo carballo carbery carbo carbonell carbó cardano cardenas cardona
        cardoso carducci carey carfagna carleton carley carli carlier carlin carlos carlson carmody carmona carnera
        carnero carney carnotte caro carocci carolan caron carosone carpaccio carpentier carpio carragher carranza
        carrasco carre carreno carreon carrera carreras carrero carretero carreño carreón carriera carrig carrigan
        carrigy carrillo carrión carro carroll carson carsten carter carthy cartwright carty carullo caruso carvajal
        carvalho carville casa casadei casado casagrande casal casale casaleggio casalodi casals casanova casanovas
        casares casarez casarin casas casellati casey cashen cashman casillas casini caspar cassara cassarà cassen
        casserley casserly cassiano cassidy cassin castaneda castañeda castejon castejón castell castellanos
        castelli castellitto castello castells castelló castiglione castilla castillo castioni castrillo castro
        casárez catala catalan catalano catalá catalán catenazzi cattaneo cattigan cauley caulfield cavalcante
        cavalcanti cavanagh cavanna cavazos cawley cazares cazorla cañas cañellas cañete cañizares ceballos ceci
        cedillo ceja celentano cendron centeno cepeda ceravolo cerda cerdan cerdá cerdán cerezo ceri cerquiglini
        cerro cerutti cervantes cervantez cervera cervántez cesaroni cesarotti ceschi cespedes chacko chacon chacón
        chada chadha chadwick chahal chakrabarti chakraborty chamorro chan chana chand chanda chander chandra
        chandran chaney chang chapa chaparro chapman charles charlton charon charpentier charrier chartier
        chatterjee chaudhari chaudhary chaudhry chaudhuri chaudry chauhan chauveau chauvet chauvin chavarria
        chavarría chaves chavez chawla checa chechi cheda cheema chen cheng cherian chernov chernova cherubini
        chevalier chevallier chevresson chhabra chiappetta chiaramonte chico chiesa chigi chindamo chinnici
        chittolini cho choi chokshi chopra chotzen choudhary choudhry choudhury chowdhury chretien christensen
        christoph christopher chrodtrud chrétien chukwu chung chávez ciampi cianciolo ciani cibin cicala cichorius
        cicilia cid cifuentes cignaroli cilea cilibrasi cimarosa cimini cintron cintrón cipolla cirino cisneros
        civaschi claassen claesdr claesner clafferty claffey clair clancy clare clark clarke classon clavero clavin
        clayton cleary clemente clements clenaghan clerc clerkin clery clifford cline clinten clinton clogherty
        cloherty clohessey clohessy cloney cloonan cloone clooney clootwijck clune clément coady coakley coardi
        coates cobb cobo cobos cochran cociarelli codina cody coello coen coenen coffey cogan cogley cohalan cohen
        coholan cole coleman coles colfer colgan colhoun colin coll collado collazo collen colleneler colleran
        collet colletti colley colligan collin collina collinder collins collodi colly colom coloma colomer colreavy
        colum columbo colunga colón comar comber combi comboni combre comencini comerford comeriato comisky comisso
        commins comolli compton comyn conaty conboy concannon conceicao conceição concepcion concepción conde
        condoleo condon condren condron conefrey conesa conlan conley conlon conmee conmy connachton connaghy
        connaughton conneeley conneely connell connellan connelly conner connery connole connolly connor connors
        conole conrad conradi conree conroy conry considine contarini conte conti contrafatto contreras conway
        conwell coogan cooke coolahan coolen cooley coonan cooney copeland coppola corbacho corbett corbo corcoran
        corcos cordero cordier cordoba cordova corduff coredo coret coret-coredo coreth corish corkery corless
        corley cormack cormican cormick cormy cornejo cornelisse cornelissen cornelisz corominas coronado corput
        corr corra corradi corrales correa correia correr corridan corrigan corry corstiaens cortes cortese cortez
        cortina cortés cosgrave cosgrove cosman cossiga costa costalonga costanzi coste costela costello costelloe
        costigan coterlet cotto coughlan coulon counihan courcey cournane courtenay courtney courtois couturier
        covarrubias cowan cowely cowen cowley coyle coyne cozar crahan craig craine crampsey crampsie crangle
        cranley cranly crawford crawley crean creedon cregan crehan cremin cremonesi crespi crespo criado cribbons
        crilly crimmins crinion crisafulli crispi cristoforetti croal crohan crolly cronelly cronin cronly crosbie
        crosby crossan crota crotty crowe crowley crudden cruz cryan crúz cuadrado cuda cuddihy cuellar cuenca
        cuervo cuesta cueto cuevas cuffe cugia cui cuijck culhane cullen culligan cullinan cullinane culloty cully
        cumiskey cumisky cummings cummins cummiskey cummisky cundari cunha cunnane cunneen cunningham cunny cuomo
        curatoli curci curiel curley curnane curneen curnyn curran currie curtin curtis cusack cusano cutrufo cutuli
        cuzzocrea cuéllar cáceres cámara cánovas cárdenas câmara céspedes córdoba córdova cózar d'arcy daako daakoaa
        daal dachgelder dachgeldt dachgelt dada dagsburg dai daiken dalal dalem dalla dallape dallapé dallara dalmau
        dalton daly danaher dandolo dane dang dani daniel daniels danilov danilova danso dar dara darcy dargan darko
        darmody darnau das dasey dasgupta dass datta daugherty dave davern davey david davids davidson davies davila
        davin davis davison davitt davoren davy davydov davydova daw dawson dayal daza deacy deady deane dease deasy
        deaueroux decker dee deegadan deegan deehan deeley deely deeney deeny deere deery dehmel deigan deignan
        dekker delacroix delacruz delahaye delahunty delaney delannoy delap delargy delattre delaunay deledda deleon
        delgadillo delgado delle dellucci delmas delorme deloughrey deloughry dementev dementeva demmendaal dempsey
        deng denihan denis denison denisov denisova dennehy dennenberg denning dennis denny deo deol depero dermody
        dermott derrig desai descamps deschamps deshmukh deshpande desio desmond detti devally devan devane devaney
        devanney devaux devenney dever devereaux devereux devery devi devilly devin devine devitt devlin devoy dewan
        dey dhaliwal dhar dhawan dhillon dhingra diallo dias dibiasi dickerson dickinson dickson didier diego
        dieguez diesbergen dietz diez diffin diffley diggin diggins dignan dijk dijkman dijkstra dijoux dillane
        dillen dillon dinan dineen dinneen dippel dircken dirksen dirrane dirven disdero diskin ditschlerin divenney
        diviney dixit dixon diéguez dmitriev dmitrieva dobbin dobbins dobes dobson dodd dodson doesburg dogherty
        doglioni doherty dohn dokkum dolan domenech domingo dominguez dommelen doménech domínguez dona donagher
        donaire donaldson donarelli donati donatoni donegan dong dongen donini donkor donlon donnan donnell
        donnellan donnelly donoghue donohoe donohue donoso donovan donà doody dooey doogan doohan doolan dooley
        dooren doorhof doorn doornhem doorty dora doran dordan dore dorgan doria doring dornan dorofeev dorofeeva
        doronin doronina dorr dorrian dorschner dorsey dorsman doshi dossetti dossi doudigan dougherty douglas
        dovara dowd dower dowerg dowey dowley dowling downes downey doyle draaisma draghi drennan drenthe drewes
        drian driessen driscoll drohan droney drozdov drozdova drubin drumm drummond drummy druso drysdale duah duan
        duane duarte dubey dubois dudley duenas dueñas duffin duffy dufie dufour dugal dugar duggan duhamel duhig
        duhy duignan duivenvoorde duivenvoorden dulbecco dulohery dumas dumont duncan dunford dungan dunlap
        dunleavey dunleavy dunn dunne dunny dunphy dunworth duodo duong dupont dupre dupré dupuis dupuy duque duran
        durand durante durham durkan durkin durnan durnin durning durrihy durán duse dussen dutt dutta duval
        duvenvoirde duyvenvoorde dwamena dwane dwyer dyachkov dyachkova dyal dávila díaz díez döhn döring dörr
        dörschner dương earl earle eaton eberhardt ebert eberth echevarria echevarría echeverria echeverría eck
        eckbauer eckhardt edun edwards edwin eelman eerden eerenbeemt efimov efimova efremov efremova egan egea
        egisheim egorov egorova ehlert eigenwillig eijkelboom eijndhoven eijssel eimer einaudi eivers ekwueme
        elberts elbertse elias eliseev eliseeva elizondo elliot elliott ellis ellison elorza elsemulder elsenaar
        elwood elzas elías emanuelli embden emelyanov emelyanova emmelen emmen endrizzi engeland engelen engels
        ennis enright enriquez enríquez enschot erhout erickson ermakov ermakova ernst errani errigo ershov ershova
        erve ervin ervine escalante escalona escamilla escobar escobedo escolano escribano escriva escrivá escudero
        espada espana espanol esparza españa español espejo espinal espino espinosa espinoza esposito esquibel
        esquivel este esteban estes esteve estevez estey estrada estévez etienne etzler etzold eustace evans
        evdokimov evdokimova evelingen everde everett evers everts evoy evrard evseev evseeva ewing exposito
        expósito eze ezeugo fabbri fabra fabre fabregas fabregat fabrizi fadden fadeev fadeeva fadian fadipe fagan
        faggiani fagiani fagotto fagunwa faherty fahey fahy faivre fajardo fajimi falabi falco falcone falcó falcón
        faleti falier fallaci fallon falloppio faloye falvey fannin fannon fantini fantoni fantozzi fanucci faranda
        farell farias farinelli farley farnan farnese farnon farragher farre farrell farrelly farren farrissey
        farrissy farry farré farías fasasi fattori faugno faulkner faull faure faust favata fay fealy fearon fechant
        fechner federici federico fedorov fedorova fedoseev fedoseeva fedotov fedotova feehan feeley feely feeney
        feenstra feeny fegan fehan fehilly feighery feijoo felban feliciano feliu feltzer fenelon feng fenighty
        fenlon fennell fennelly fennessey fenning fenton fergus ferguson fermi fernandes fernandez fernández
        ferrabosco ferragamo ferragni ferran ferrand ferrandez ferrandiz ferrando ferrante ferrara ferrari ferraris
        ferrata ferrazzi ferreira ferrell ferrer ferrera ferreras ferrero ferretti ferris ferriter ferrucci ferrán
        ferrández ferrándiz fibonacci ficino fiebig fieramosca fiere fierro figueras figueroa figuerola filangieri
        filatov filatova filban filbin filippelli filippini filippov filippova filogamo filzi finan finegan finetti
        finke finlay finley finn finnegan finneran finnerty finnucane finotto finucane finzi fiol fioravanti
        fiorucci fischer fischetti fittipaldi fitzgerald fitzgibbon fitzgibbons fitzmartin fitzmaurice fitzpatrick
        fitzsimmons fitzsimons flaas flaherty flahive flaiano flanagan flannagan flannelly flannery flantz flatley
        flavin fleche fleming fletcher fleury fliegner flink flinn floch flor flores florez florio floyd flynn
        flórez foa foconi fofie fogaca fogarty fogazzaro fogaça fokin fokina folan folch foletti foley folliero
        fomichev fomicheva fomin fomina fonseca fontaine fontenot foody foran forbes forde foriwaa forkin formbach
        fornaciari forster fortuny fortuyn forza foscari fosu fosua foucher fouquet fournier fowler foy foyle foà
        fracci fraher frances franceschi franch francis francisco franco francois francoise franke frankhuizen
        franklin franscini franzese françois françoise fraser frawley frazier freaney frederick fredriks freeley
        freeney freil freitas frema fremie frerichs frescobaldi freshour freudenberger frias friedman friehus friel
        frimpomaa fritsch fritz frohlich frolov frolova frutos frye frías fröhlich fuente fuentes fuertes fujii
        fujita fujiwara fukuda furda furey fusani fuseli fuster fyfe fábregas förster gabaldon gabaldón gabba
        gabbana gabrieli gadda gade gaffney gaggini gagliano gagliardi gahan gaiatto gaillard gaine gaines gainey
        gaitan gaito gaitán galan galarza galeati galenzone galiano galiazzo galijn galilei galindo galkin galkina
        gallagher gallaher gallardo gallart gallego gallegos gallen gallet galligan gallivan gallo gallogly galloway
        galtarossa galuppi galvan galvani galvez galvin galván galán gamboa gamez gandhi ganesan ganesh gangemi
        ganguly ganley ganly gannon gao gaona gara garate garavan garay garces garcia garcés garcía garde gardiner
        gardner garety garg gargallo gargan garibaldi garibay garica garmendia garnier garobbio garozzo garraghy
        garrahy garrett garrido garriga garrihy garrone garry gartlan gartland garvey garvin garza garzon garzoni
        garzón gascon gascón gasperi gastel gastelum gastélum gately gatto gaudin gaughan gauthier gautier gavaghan
        gavican gavigan gavin gavrilov gavrilova gaya gaynard gaynor gaytan gaytán geany gearty geary geenen
        geerling geerts geertsen geest geffen geherty gehringer geisel geisler geissler geißler gelabert geldens
        gelder gellemeyer gelli gemen gemert gemito geneart genefaas gentileschi gentili gentilini geoghegan george
        georges gepa gera geraci geraghty gerard gerarghty gerasimov gerasimova gerlach germain germano gerrits
        gerritse gerritsen gertz gervais ghoerle ghose ghosh giacconi giacometti giammusso gianetti gianinazzi
        giannelli giannetti giannini giannone giannotti giannuzzi gianvecchio gibbs gibert gibilisco giblin gibney
        gibson gierschner giess gieß gigli gil gilabert gilardoni gilbane gilbert gilbride gildea gilduff giles
        gilgunn gilhooly gillan gillen gilles gillespie gillet gillic gillick gilligan gilliland gillis gillooly
        gilmartin gilmore gilroy gils gilsenan gimenez gimeno giménez giner ginese ginesio ginevan ging ginkel
        ginneke ginnitty ginnity ginty gioberti giolitti giorgetti giovine giradello giralt girard giraud giron
        girona girschner girvan girón gisbert giselmeyer giulietti giunti giusti givern glavin gleasure gleeson
        glenn glennon gloster glover glynn gnatz gnodde goda godard goddard goderts godfrey godinez godoy godínez
        goedhart goel goerle goff gogan gogarty goggin goicoechea gokhale gola golding goldoni goldrick goldstein
        gole golgi golino golla gollan gollum golubev golubeva gomes gomez gomila gomis goncalves goni gonzaga
        gonzales gonzalez gonzalo gonzález gonçalves goodman goodwin gopal gorbachev gorbacheva gorbunov gorbunova
        gordeev gordeeva gordillo gordon gorevan gorey gorham gori gorlitz gorman gorshkov gorshkova gosselin
        goswami goto gottardi gotthard gotti goudriaan gough gould goulden goulding gour govarts govoni goyaerts
        goyal gozzano gozzi goñi graaf gracia gradenigo grady graf graham grahams gramsci granado granados
        granatelli grande gras grassi grasso gratie grattan grau gravensande gravina grealish greally greaney greco
        greef greehy greelish greely greene greenwood greer greggio gregoire gregori gregorio gregory greij grein
        gremese grenier grennan grewal griego grifeo griffen griffith griffiths grigorev grigoreva grijalva grimani
        grinsven grishin grishina grisoni gritti groarke groen groenendaal groenestein grogan gromov gromova grondel
        grondelle grondin groogan groot groote gros grossi grote groth grottner grover growney gruijl gruijter gruil
        gruson grégoire gröttner guajardo gual gualandi gualtieri guarana guarato guardado guardia guardiola
        guariento guarneri gubain gubben gucci gude guellec guerin guerra guerrero guevara guglielmi guha guibert
        guicciardini guichard guidone guidotti guidry guihan guijarro guilbert guilfoyle guillaume guillen guillet
        guillon guillot guillou guillén guinan guinane guinevan guiney guinizzelli guinnane guinness guiry guit
        guitart gulati gulcher gullotta gulotta gulyaev gulyaeva gumprich gunpf guo gupta gurev gureva gurule gusev
        guseva gushchin gushchina gussoni gute gutierrez gutiérrez gutknecht guyon guyot guzman guzmán guérin gwynn
        gyamfi gyamfiaa gyasi gyasiwaa gálvez gámez gárate gérard gómez haack haag haan haarlem haase hackett haddad
        haeften haengreve haering hagan hagen hagendoorn haggerty hahessy hahn haire hak hakker halder haley
        hallahan hallanan halley hallinan hallissey halloran halpen halpin hamaland hamann hamel hamilton hammond
        hamon hampton han hanafin hanbury hancock handa hande haneberg hanegraaff hanel haney hankard hanley hanlon
        hanly hanna hannah hanncard hannigan hannon hanrahan hanratty hans hansen hanson hara harahoe haran hardiman
        hardin harding haren hargadon hargan hargreaves hari harkin harkins harley harloff harmon harnett haro
        harper harrell harrihy harrington harris harrison harry harte hartigan hartley hartman hartmann hartnett
        hartung harty harvey hasegawa haselaar hashimoto haspengouw hassett hastey hastie hastings hatfield hatton
        hauffer haugh haughey haverty hawe hawkins hayashi hayden hayer hayes haynes hayre hayward hazenveld heaffy
        healy heaney heaphy hearn hearne heavey hebert hecker heckett hedderman hedigan heelan heenan heeney heer
        heere heerenveen heerkens heerschop heffernan hefferon heffron hegarty hegde heggarty hehir hehl heiden
        heidrich heijden heijman heijmans heijmen hein heinrich heinrichs heintze heinz hekker helen helery
        hellevoort hellwig helmerhorst hely hemert hemma hempenstall henck henderson hendricks hendriks hendrikse
        hendrix hendry henebry heneghan henegouwen henery heney henk hennebry hennelley hennelly hennessey hennessy
        hennigan henric henriquez henry henríquez henschel hensley henson henst hentschel hepenstall heraghty heras
        heraty herbert heredia hereward heribert hering heripon herity herlihy herman hermann hermans hermighausen
        hernadez hernandes hernandez hernando hernon hernádez hernández herranz herrera herrero herrmann herstal
        hertrampf hervas herve hervia hervás hervé hesbaye heser heskin heslin hess hesse hession hester het hethur
        hettner heusden heuser heuvel hever hewitt hewson hexspoor heyden heydrich heymans heyne heß hickman hidalgo
        hierro higgins higueras hilary hillen hiller hillery hilliard hilton hines hinney hinojosa hinton hishon
        histon hoang hoarau hoare hoareau hoban hobbs hodge hodges hodgson hodnett hoedemakers hoek hoeks hoekstra
        hoelen hoevel hoeven hoey hoffman hoffmann hofig hofman hofmann holden holguin holguín holland hollander
        hollins holloway hollywood holmes holohan holsten holthuis holzapfel holzenbecher honan hondeveld hoog
        hoogers hoogh hooper hoover hopkins hoppenbrouwer hora horan hore horgan horle horne hornich hornig horrocks
        horst horton hosae hosey hoskins hostaden hou houdijk hough houghton houlihan hourican hourigan hourihane
        houston houteveen howard howarth howe howell howells howley hoyos hoz hoàng huang hubbard hubel huber hubert
        huberts hudson huel huerta huertas huffman hughes huguet huhn huijben huijbrechts huijs huijzing huisman
        huls hulshouts hulskes hulst hulten humbert humphrey humphreys humphries hunerik hurd hurley hurst hurtado
        hussain hussein hussey hutchinson hutchison hutton huurdeman huynh hwang hyde hyland hyman hynes hänel
        häring höfig hölzenbecher höning hörle hövel hübel iacobucci iacovelli iadanza iago iannelli iannotti
        iannucci iannuzzi ibanez ibarra ibañez ibikunle iborra ibrahim ibáñez iglesia iglesias ignatev ignateva
        ignatov ignatova igoe ihejirika ikeda ilin ilina ilori ilupeju imbert impastato infante infantino inglis
        ingoldsby ingram iniesta iniguez innocenti inoue interiano interminei interminelli inzaghi ioppi iqbal
        iriarte irizarry iroha irvine irwin isaev isaeva isakov isakova isern ishii ishikawa issac ito ivanov
        ivanova ivers iwu iyanda iyengar iyer izaguirre izquierdo iñiguez jaceps jackel jackman jackson jacob jacobi
        jacobs jacobson jacques jacquet jacquot jacuzzi jaen jager jaggi jahn jaime jaimes jain jaiyeola jakel james
        jameson jan jang jani jans jansdr janse jansen jansse janssen janssens jantsch jaquez jara jaramillo jarvis
        jasso jaume jauregui jayaraman jaén jdotte jean jefferson jeggij jekel jenkins jennings jensen jerez
        jerusalem jessel jesus jesús jha jhaveri jia jiang jilani jiles jimenez jiminez jiménez jimínez jin jochems
        jockel jodar jode johal johann john johns johnson johnston johnstone joly jones jong jonge jonker jonkman
        joosten jopich jorda jordá jordán jorlink jorrisen joseph joshi joubert jourdan jove jover jovinelli joyce
        juan juarez julia julian julien juliá julián jumiege jumiège junck juncken jung jungfer junitz junken jurado
        jurrijens juttner juvara juárez jáquez jáuregui jäckel jähn jäkel jäntsch jódar jüttner kaay kabanov
        kabanova kabus kadakia kade kaiser kakar kalashnikov kalashnikova kalinin kalinina kalita kalla kallen
        kallert kalman kambs kamdar kamp kamper kanda kane kang kangley kannan kant kapadia kapoor kapur kapustin
        kapustina kar kara karan karels karge kari karikari karnik karpe karpov karpova karz kas kashyap kasteelen
        kaster kata kathagen kato kaufman kaul kaur kavanagh kay kazakov kazakova keady kealey keally kealty kealy
        keane keaney keany keapock kearney kearns keary keating keaveney keaveny keeffe keegan keehan keelan keeley
        keely keenaghan keenahan keenan keeney keer keery keevers kehoe keightley keijser keijzer keith kelleher
        keller kelley kelly keltenie kelvey kemp kempen kenlan kenlon kenna kenneally kennedy kennellan kennelly
        kenny kensy keogan keogh keoghan keoghane keohan keohane keown kerin kerins kerkhof kerley kerlin kermody
        kernan kerney kerr kerrigan kerrisk kerville kerwick ketel ketting keudel kevane keville keyes khalsa khan
        khanna khare kharitonov kharitonova khatri khokhlov khokhlova khosla khoury khurana kibe kiely kieran
        kierane kierans kiernan kijnder kilawee kilbane kilbride kilcoyne kilday kildea kilduff kilfoyle kilgallen
        kilgallon kilhooly kilkenny killeen killilea killooly killoran killoughry kilmartin kilmore kilroe kilroy
        kim kimura kinaghan kinahan kingston kiniry kinlan kinlen kinnane kinnear kinnegan kinner kinnerk kinney
        kinnon kinny kinsella kint kirby kirillov kirillova kirk kirke kirpenstein kirwan kiselev kiseleva kisman
        kissane kitson kitzmann klaarwater klapp klashorst kleibrink kleijse klein klemm klemt klerks kleybrink
        klijn kline klingelhofer klingelhöfer klomp kloppert klotz knapp knappe kneafsey knoers knowles knox knuf
        knyazev knyazeva kobayashi kobelt koeman kohl kohler kohli kolade kolen kolesnikov kolesnikova kolobov
        kolobova kolster komarov komarova komissarov komissarova konda kondo kondratev kondrateva kong koning
        konings kononov kononova konovalov konovalova konstantinov konstantinova kooij koomson kopylov kopylova
        koret kornilov kornilova korolev koroleva korpal korsman korstman kort korte kortman koshelev kosheleva
        koshy kosoko kosten koster kostin kostina kostolzin kota kothari kotov kotova kovalev kovaleva koya kozlov
        kozlova krabbe kramer kranz krasilnikov krasilnikova kraus krause kraushaar krebs krein kremer kreusel
        kriens krish krishna krishnamurthy krishnan kroker kronenberg krueger kruns kruschwitz krylov krylova
        kryukov kryukova kudryashov kudryashova kudryavtsev kudryavtseva kuhl kuhnert kuijc kuijpers kuilenburg
        kuiper kuipers kuit kulagin kulagina kulakov kulakova kulikov kulikova kulkarni kumar kumer kumi kunda kunen
        kurian kuruvilla kusch kusen kusi kusiwaa kuzmin kuzmina kuznetsov kuznetsova kwaadland kwaakye kwaakyewaa
        kwartemaa kwarteng kwon kyei kyeiwaa kyerewaa kyne käster köhler köster kühnert laan laar laarhoven laarse
        labado labbe labbé laboy lacey lachmann lacombe lacroix ladeck lafferty laffey laffray lafleur lagarde lage
        lagerweij lago laguna lahey lahiffe lahy lai laine laing lal lala lall lalla lally lalor lambe lambers
        lambert lamborghini lambregt lamont lamore lamotte lancisi landa lande landen landers landry landy
        lanfranchi lang langan lange langern langevoort langlois lanigan lanka lankle lansink laon lapin lapina
        laporte lappin lara lardner largan largey larionov larionova larkin laroche larranaga larrañaga larrea
        larsen larson lasa lastra lathrope latier lattuada launay laureano laurent lavan lavell lavelle laverty
        lavery lavin lavrentev lavrenteva lawlor lawrence lawson lazarev lazareva leacy leahy leal leao leary leavey
        lebedev lebedeva leblanc lebon lebreton lebron lebrun lebrón leclerc leclercq lecomte leconte lecoq leddin
        leddon leddy lede ledesma ledoux leduc ledwich ledwith lee leemput leen leene leeney leeuw leeuwen lefebvre
        lefevre lefort lefèvre legendre leger legnante legrand legros leguit lehane lehmann leiva lejeune leland
        leleu lelievre lelijveld lelièvre lemaire lemaitre lemaître lemmens lemoine lemonnier lemus lenaghan
        leneghan lenehan lenihan lennane lennon lenoir lensen leon leonard leonardi leoncavallo leone leonetti
        leopardi lercari lerma lerner leroux leroy lesage lester letellier lether letta lettiere leuven levan
        leveque levesque levine lewis leyden leydon leyva leão león liang liao liddane liddy liebelt liendert lier
        lieshout ligorio ligtvoet liguori lijn likhachev likhacheva lillis lillo lim lima limburg limon limón lin
        linares lincoln lind lindau lindner lindsay lindsey linehan linke linnane linny linschoten linskey lippomano
        liston littizzetto liu liverotti livingston llabres llabrés llado lladó llanos lledo lledó llobet llopis
        llorens llorente lloret lloyd lluch lobanov lobanova lobato lochel loera loffler loftus logan loghan loginov
        loginova logue loiseau loke lollobrigida lombard lombardi lombardo lombroso lomeli lommert lonen lonergan
        longan longhena longoria loo loos lopes lopez lopresti lorch lordan loreal loredan lorenzo lorreijn losa
        losada losekann loughlin loughnane loughran loughrey loughry louis louws lovato lovett lowery lowney lowry
        loya lozada lozano luboch lubs luc lucarelli lucas lucchesi lucciano lucel lucena lucero lucey luciani lucio
        lucitt luddy ludovisi luevano lugo luin luinenburg luis luitgardis lujan luján lukin lukina lumbreras luna
        lundon lunham lunney lunny luo lupo luque luria lussu luthra lutterveld luxardo luxemburg luyssel luz luzi
        luís lyden lydon lynchechaun lynchehaun lyne lyng lynn lynskey lyons lysaght lytkin lytkina léger lévy
        lévêque lópez löchel löffler löwer lübs maaren maas maasgouw maaswinkel maath macadoo macaleavy macallen
        macaloon macanally macart macarthur macauley macbreen macbride maccaffrey maccanelli maccann maccartan
        maccarthy maccarville macclenaghan maccole maccomisky macconachy macconnaghy maccool maccormack maccurtin
        macdermott macdevitt macdonagh macdonald macdonnell macdougall macdowell macdwyer macdyer macedo macegan
        macelgunn macever macevoy macfadden macfall macfaull macgee macgeehan macgill macgilligan macging macginley
        macginnitty macginnity macginty macgloin macglynn macgovern macgreal macgroarty macguinness macgurk machado
        machale machenry machugh macias macinerney macinnes mack macken mackenna mackeown mackesey mackevitt mackey
        mackle maclean maclysaght macmahon macmillan macmonagle macmorrow macmullan macmullen macnabb macnaboe
        macnaboola macnally macnamara macnamee macneela macneill macnelis macnulty macphilbin macrea macshea
        macsweeney mactiernan macveagh macveigh macwilliams macías madan maddock maddox maddy madera maderna maderno
        madigan madrid madrigal madu maeda maes maestas maestre maffei magan magana magann magar magauran magaña
        magee mageean magennis magennity maggioli magill maginn maglio magnani magrassi magrath maguire mahajan
        mahal maharaj mahe mahedy maher mahieu mahmood mahon mahoney mahony mai maillard maillet maillot majewski
        majorana majumdar makarov makarova makinde makinwa maksimov maksimova malacarne malaparte malatesta malave
        maldonado malenchini malhotra malipiero malley mallick mallien mallon malo malone maloney malowney malpighi
        malsen malzer mammen mamontov mamontova manacorda manahan mancebo mancini mand manda mandal mander mangal
        mangan mangat mangel mangold manjon manjón manley mann mannan manne mannion mannix mannoia manolesso
        manrique mansa mansell mansfield manso mansour mansveld mansvelt mantegazza mantegna manuel manunta
        manzanares manzano manzoni mara marangoni marazzi marcacci marceron marchal marchand marco marconi marcos
        marduras marec marechal marenzio margraf mari marie marin marinetti marini marino marion mariscal mariño
        markey markham markov markova marley marmol marnan marques marquez marqués marren marrero marrinan marron
        marrone marroquin marroquín marsden marshall marsili martel marti martin martineau martinelli martinez
        martins martorell martucci marty martyn martynov martynova martí martín martínez mary marzorati maréchal
        marí marín mascagni mascarenas mascareñas mascaro mascaró mascheroni maslov maslova maspero massa masse
        massey masson mastandrea masterson mastroianni mata matas matelot mateo mateos mater mateu mathews mathieu
        mathis mathol mathurin matias matos matsuda matsumoto mattarella matteotti matthai matthews matthäi matveev
        matveeva matías maughan maurice maury maxwell maya maye mayer maynard mayol mayorga mays maza mazzacurati
        mazzanti mazzeo mazzi mazzini mazzocchi mcadams mcaleavy mcaleenan mcaleer mcalinney mcalister mcaloon
        mcalunny mcanally mcandrew mcanulty mcardle mcareavey mcatee mcateer mcauley mcauliffe mcaveigh mcbreen
        mcbride mcbrien mccabe mccadam mccadden mccafferky mccafferty mccaffrey mccaffry mccahill mccall mccallion
        mccann mccardle mccarney mccarra mccarron mccartan mccarte mccarthy mccarty mccarville mccaughan mccaughey
        mccaul mccauley mccausland mccay mcclain mcclean mcclelland mccloskey mcclure mccluskey mccolgan mccoll
        mccollam mccomiskey mcconaghey mcconaghy mcconnell mcconnon mccooey mccool mccorkill mccorley mccormick
        mccorry mccourt mccoy mccracken mccrann mccrea mccready mccreanor mccrory mccrossan mccrudden mccullagh
        mccullough mccumiskey mccumisky mccurdy mccurley mccurtin mccusker mcdade mcdaeid mcdaid mcdaniel mcdermod
        mcdermott mcdevitt mcdonagh mcdonald mcdougald mcdowell mcdunphy mcdwyer mcdyer mcelduff mcelgunn mcelhattin
        mcellistrim mcelnay mcelnea mcelroe mcelroy mcelwaine mcelwee mcenaney mceneaney mcenry mcentaggart mcentee
        mcevaddy mcevilly mcevoy mcfadden mcfall mcfarland mcfaull mcgahey mcgalligly mcgann mcgarraghy mcgarrigle
        mcgarry mcgarvey mcgauran mcgaw mcgeady mcgee mcgeehan mcgeoghegan mcgeown mcgerr mcgettigan mcgettrick
        mcgill mcgillicuddy mcgilligan mcgilly mcgilroy mcginley mcginnitty mcginty mcgirl mcgirr mcgivern
        mcglinchey mcglinchy mcgloin mcglynn mcgoff mcgoldrick mcgonagle mcgough mcgourty mcgovern mcgowan mcgowern
        mcgrane mcgrath mcgreal mcgrenehan mcgroarty mcgrory mcgruddie mcgruddy mcguigan mcguill mcguinn mcguinness
        mcguire mcguirk mcguirl mcgurk mchale mcharry mchenry mchugh mcildownie mcilroe mcilroy mcilwee mcineely
        mcinerney mcinnes mcintosh mcintyre mcivor mckaigue mckay mckee mckeegan mckeever mckelvey mckendry mckeniry
        mckenna mckenny mckenzie mckeogh mckeon mckeown mckernon mckevitt mckie mckiernan mckillop mcking mckinley
        mckinney mckinnon mcknight mclaughlin mclaverty mclean mcleer mcleese mcleigh mcleod mcloon mcloone
        mcloughlin mcmacken mcmahon mcmanus mcmaster mcmenamin mcmillan mcmonagle mcmorrow mcmullen mcmurrough
        mcnaboe mcnally mcnamara mcnamee mcnaughton mcnea mcnealy mcnee mcneely mcneil mcneill mcnelis mcnevin
        mcnicholas mcnicholl mcnill mcnulty mcpartland mcpartlin mcpartlon mcpherson mcphilbin mcphillips mcpolin
        mcquade mcquaid mcqueen mcquilkan mcquillan mcquillen mcquin mcquinn mcrann mcready mcroarty mcrory mcshane
        mcsharry mcsheehy mcteague mcternan mctiernan mctigue mcveagh mcveigh mcvicker mcvitty mcwalter meaghan
        meagher meaney meany meara medici medina medrano medvedev medvedeva mee meehan meenaghan meenan meer meeres
        meeusen megaw mehigan meijer meis meister mejia mejía melady meldon melendez melero melet melgar melia
        melican mellet mellon mellor melnikov melnikova melo melton melville melvin meléndez memon mena menard
        menchaca mende mendes mendez mendizabal mendizábal mendonca mendonça mendoza mendès menendez meng mengolo
        mennea menon mens mensa mensah menton mentzel menéndez meraz mercadante mercader mercado mercalli mercantini
        mercati mercer mercier mercks merckx merisi merkushev merkusheva merkx merle mernagh merrigan merritt
        mescall meskill metcalfe metella metz meucci meulen meunier meyer meyers meza mezzetta miah micca michael
        michaud michel michelangeli micheletti michiels michielsen middelkoop middleton mielcarek mies migliaccio
        miguel mijsberg mikhaylov mikhaylova mikheev mikheeva milanesi miley milla millan millar millea millican
        milligan millán milmo milne milroy miltenburg mimun minguez minhas miniati minihan minihane minogue mir
        miralles miramontes miranda mireles miro mironov mironova miró miscell mishin mishina mishra misicher
        miskell mispelen misra missoni mistry mital mitchell mitra mitschke mittal mitter miura moccia mocenigo
        mochlichen modi modiano modigliani modugno mody moenen moensendijk moet moffatt moffit mogherini mohan
        mohanty mohaupt moher moiseev moiseeva mojica mol molchanov molchanova molegraaf molen molenaar molesini
        molina moliner molins molloy moloney molyneux momberg monaco monaghan monagle monahan mondadori mondaini
        mondragon mondragón monduzzi moneta mongan monicelli monnier monreal monroe monroy montague montalban
        montalbán montalcini montalti montalvo montana montanari montanariello montanelli montanez montano montaña
        montañez montaño monte montecchi monteiro montemayor montenegro montero montes montesano montesinos
        montessori monteverdi montez montgomery monti montoya montserrat mook moone mooney moore mora morabito
        moraes morahan moraleda morales moran morandi morandini morante morar morata morawo morcillo moreau moreira
        morel morell morellato moreno morera moresi moretti morgagni morgan mori moriarty morillo morin morlacchi
        morley mornane moroney morosini morozov morozova morpurgo morricone morrin morris morrison morrissey
        morrocco morse mortati morton morucci morvan morán moschino mosemann moses mosley mosquera mota moulin moura
        moy moya moyer moylan moynihan mozart mudden mude mueller mugica muhle muijs mukherjee mukhin mukhina
        mukhopadhyay mulcahy mulcair mulder mulders muldoon muldowney mulet mulgrave mulgrew mulhare mulhern
        mulichen mulkerrin mullaghan mullaly mullan mullane mullaney mullany mullarkey mullen muller mullery
        mulligan mullin mullins mullooly mullooney mulloughney mulloy mulqueen mulqueeny mulrain mulrooney mulroy
        mulry mulryan mulvany mulvenna mulvey mulvihill mulvin mulvy munari munguia munguía muni muniz munnelly
        munoz munroe munshi munster mur murae murakami muratori muravev muraveva murcia murialdo murillo murnane
        murnin muro murphy murray murri murrihy murtagh murthy murty musatti muti mutti muñiz muñoz myasnikov
        myasnikova myers myles mármol márquez mälzer méndez mínguez möchlichen múgica múñiz mühle mülichen müller
        naccari nadal nadi nadig nadkarni nagar nagarajan nagi nagle nagy naidu naik nair najera nakagawa nakajima
        nakamura nallon nally nalty nanda nangle napolitano narain narang naranjo narasimhan narayan narayanan
        narula narvaez narváez nascimento naser nasser natarajan nath natt natta naughton naumov naumova nava
        navarrete navarria navarro navas navone nayak nayar naylor nazareth nazario nazarov nazarova nea neal nealon
        neary nebot necci nederlotharingen nedermeijer nee needham neehan neelan neelin neenan negrete negron negrón
        neilan neilian neill neira nek nekrasov nekrasova neligan nelis nelson nerger nes nesterov nesterova nestor
        nette neureuther neuschafer neuschäfer neustrie neustrië neuteboom neuzerling nevado nevarez neves neveu
        neville nevin nevárez newman neylon ngo nguyen nibali nicholas nicholls nichols nicholson nicolas nicolau
        nicoletti nicolini nicolucci nicolás nielsen niemeier niermann nieto nieuwenhuijsen nieuwstraten nieves
        nievo nigam niggli nihoe nijman nijs nikiforov nikiforova nikitin nikitina nikolaev nikolaeva nikonov
        nikonova niland nimwegen ninalowo nino niscoromni nishimura nitti nitto nixon niño njoku nkansa nkansah
        nkrumah nnamani noack noel nogueira noguera nogues nogués nohlmans nolan nolcini nollee nolty nonis noonan
        noone noordeloos noordijk noordmark noort noot norbiato nordio nori noriega norman normand norris norry
        northeim norton nosiglia noskov noskova nosov nosova notarbartolo novaes novais novak novaro novikov
        novikova novoa noël nsia nti ntiamoa ntim nugent nugnes nulty nunes nunez nunne nus nuwenhijsen nuwenhuijzen
        nuwenhuse nuwenhuysen nuñez nwachukwu nwosu nyaako nyaakoaa nyame nyantakyi nyeuwenhuysen nyhan nájera núñez
        o'beirn o'beirne o'boyle o'brassil o'brazil o'brennan o'brien o'brown o'bryan o'bryen o'byrne o'cadden
        o'cafferky o'callaghan o'carolan o'carroll o'casey o'cassidy o'cleary o'clery o'connell o'connor o'crohan
        o'crowley o'curry o'daly o'dea o'devanney o'devenny o'doherty o'donnell o'donoghue o'donohoe o'donovan
        o'dowd o'driscoll o'duffy o'dwyer o'farrell o'farrelly o'flaherty o'flynn o'freil o'friel o'gallagher o'gara
        o'goldrick o'gorman o'gowan o'grady o'growney o'hagan o'haire o'halloran o'hanlon o'hanrahan o'hara o'hare
        o'haughey o'hea o'hegarty o'hehir o'herlihy o'hickey o'higgins o'hora o'houlihan o'hurley o'hussey o'kane
        o'kearney o'keefe o'keeffe o'kelly o'kennedy o'kieve o'leary o'loan o'looney o'loughlin o'loughlinn
        o'mahoney o'mahony o'malley o'mara o'meara o'mooney o'moore o'mullan o'murnaghan o'neill o'nolan o'rafferty
        o'rahilly o'reardon o'regan o'reilly o'riordan o'rooney o'rourke o'ruane o'ryan o'scannell o'shannon
        o'sharkey o'shaughnessy o'shea o'sheehan o'sheil o'shiel o'sullivan o'sweeney o'tierney o'togher o'toole
        obasanjo obeng obrien ocampo ocana ocasio ocaña ochoa ochten oconnell oconnor oda oderwald odescalchi
        odetola odintsov odintsova odom odonnell odunsi oemencs oennen oestrovsky oever offredi ofori ofosu ogawa
        ogbuehi ogindan oginni ogulana ogunbamigbe ogunbiyi ogunbo ogunde ogunleye ogunwobi ogunyeye oirschot ojeda
        ojo ojua ojukwu okada okafor okamoto okeke okonkwo okoro okyere olabode oladipupo olaiya olasupo olawale
        oliboni oliva olivares olivarez olivas oliveira oliver olivera oliveras olivetti olivier olivo olivárez
        olivé oller ollivier olmedo olmo olmos olowokeere oloyede olsen olson olst olthof olubode olugbayila olujimi
        olukotun olukunga olusanya oluwagbemi olvera olykan omani omidina omma ommeren omojola omotoso oneal oneill
        onio onisto onoh ontiveros onwuka oommen ooms ooste oosten oostendorp oosterhek oosterhout oostveen ooyen
        oparinde opizzi opmans opoku opper-lotharingen oppong opuku oquendo ordonez ordóñez orekhov orekhova
        orellana orengo orlando orleans orlov orlova ormsby ornelas orosco orozco orr orsini orta ortega ortese
        ortiz ortmann ortolani ortuno ortuño osborn osborne oscuro osei oshin oshodi osipov osipova osorio ossani
        ossola osterhoudt ostinelli osuna osuntokun ota otero oti otiwa otte ottino otuo oude oudewater ouwel
        ouwerkerk ovadia ovchinnikov ovchinnikova overdijk overeem oversteeg owen owens owokoniran owolabi owoyemi
        owusu owusuwaa oyadiran oyaifo oyekan oyelaran oyeniyi oyetoro oyeyemi oyinlola oza ozuna pablo pabon pabón
        pacelli pacetti pacheco pacillo pacomio padden padilla padmanabhan padovano padron padrón paez paffrath
        paganini pagliaro pagnotto pagès pai paillet paimo pakhomov pakhomova palacio palacios palan palau palla
        palladio pallares pallarès palma palman palmer palmisano palomar palomares palombi palomo paltrinieri
        palumbo panatta panchal pandey pandit pandya panfilov panfilova paniagua panicucci panov panova pantoja
        panzera paoletti paolini paolucci papafava papetti pardo paredes pareja parejo parekh pareto parijs parikh
        parini parisi parker parkes parkin parkinson parmar parmer parmitano parpinel parra parri parrish parsa
        partida partzelt paruta pascal pascarella pascual pasman pasolini pasqua pasquier passalacqua passchiers
        pastine pastoors patberg patel paten pathak patil patino patiño patla patrick patterson patton pau paul
        pausini pauw pauwels pavanello pavarotti pavert pavlov pavlova pavon pavone pavón payet payne paz pazos
        peano pearce pearson pechel pederiva pedersoli pedraza pedrazzini pedrero pedro pedroni pedrosa pedroza
        peeters peinado peiro peiró peixoto pelaez pelayo pellegrini pelletier pelli pellicer pellico pelser peltier
        peláez pena penalver penas pender peng pennetta pennington pepe pera peral perales peralta peranda perck
        perea pereira perello perelló perera peres perez pergande pergolesi perini perkins peron peronne perozzo
        perret perri perrier perrin perrono perrot perry persico persijn pertile pertini peruzzi pestov pestova
        peters peterse petersen peterson petit petitjean petralli petrassi petrocelli petrov petrova petrucci
        petrucelli petruzzi petukhov petukhova peukert peyton pezzali peña peñalver peñas pham phan phayre phelan
        phelps philban philbin philippe phillips phillipsen piacentini piane piazzi picard piccinni piccio pichardo
        pichon pickering pieper pierre pierson pieters pietrangeli pigafetta piggott pignatti pigott pillai pillay
        pimenta pina pinamonte pincherle pinder pineau pineda pinedo pineiro pingle pinilla pininfarina pino pinol
        pinto pintor piovani piquer pirandello pirelli pires pisacane pisani pisano pisaroni pison pistoletto
        pittman pitts pizarro pizzamano pizzetti pizziol pizzo piña piñeiro piñol pla plana planas plantard plas
        plath platini ploeg pluijm poerio pohl poirier pokuaa polanco poland polani polesel politz polizzi pollard
        polyakov polyakova pomaa pomares pombo pometta ponce poncelet ponci ponomarev ponomareva pont pontecorvo
        ponti poole popov popova poppel porcel porcellato porras porta portero portillo porto porzio posada postma
        potapov potapova potier potts pou poulain pouw powell poza pozo pozuelo pozzecco praagh prabhakar prabhu
        prada pradhan prado praga prakash prasad prashad prat pratesi prati prats pratt preciado preiss preiß
        prempeh prendergast preston prevost prial priego prieto pringle prins prinsen pritchard priuli procacci
        prodi proietti prokhorov prokhorova pruitt pruschke pruvost pryal prévost pucci puccini puente puerta puga
        pugh pugliese puglisi puig pujadas pujol pulci pulido purcell puri purohit putz páez pärtzelt pérez pölitz
        qian qiao qin qiu quaide qualter quartey quasimodo queally queenane querini quero querol quesada quevedo
        quezada quigley quigney quillinan quilty quin quinlan quinlivan quinn quinney quinny quinones quinonez
        quintana quintanilla quintero quirke quiroga quiros quiroz quirós quiñones quiñónez qureshi rabbitte rackham
        radel rademaker radhakrishnan radisch rael rafferty raftery raftis raghavan rahilly rahman rai raight
        raimondi raj rajagopal rajagopalan rajan raju raleigh rama ramachandran ramaker ramakrishnan raman
        ramanathan ramaswamy ramazzotti ramesh ramirez ramis ramon ramos ramsey ramírez ramón rana randall randazzo
        randhawa randles randolph raney ranganathan rangel raol rapisardi rascon rascón rasmussen rastelli rastogi
        ratta ratti rattigan raurica ravaglioli raval ravi rawley raya rayel raymond raynaud razo rea reade reardon
        reavy rebollo recer recers recio reddin reddy redi redican redmond redondo reede reen rees reese regalado
        regan rege regge regnier reguera rehorst reichmann reid reidy reig reijers reilly reimes reina reinhardt
        reising rek remmers remy renard renaud renault rendon rendón renehan renier renner rensi renteria rentería
        renzi requena resendez respighi reséndez reuter revilla rey reyes reyna reynaud reynell reynolds reynoldson
        reynoso rezende rhatigan rhattigan rheineck rhodes riba ribas ribeiro ribera ribes ricart riccardi riccati
        ricci ricciardi richard richards richardson richey richie richmond rico ricolfi ridder riehl riem rienzo
        riera riet rietveld riggs righi rigney rijcken rijks rijn rijnsbergen rijntjes rijthoven riley rinaldi
        rincon rincón riney rinn riojas riordan rios riou ripoll rippey riquelme risma rismondo ritacca ritter rius
        rivas rivera rivero riviere rivière rizzo rizzoli roache roarke roarty robbins robbrechts roberson robert
        roberts robertson robeson robin robinson robledo robles robson roca rocamora rocca roccabonella rocha roche
        rocher roda rodarte rodden roddy roden rodenas rodgers rodionov rodionova rodrigez rodrigo rodrigues
        rodriguez rodriquez rodrígez rodríguez rodríquez roero roessink roger rogers rogerson rogge rogner rogov
        rogova rohan rohleder rohrdanz rohricht roht roig roijen rojas rojo roland roldan roldán rolland rollins
        rolon rolón roma romagnoli romano romanov romanova romer romero romeu romijn romiti romo román ronan ronayne
        roncalli roodesteijn rooij rooney roos roose roosenboom ropero roque rorricht ros rosa rosado rosales
        rosario rosas rosell rosello roselló rosemann rosenow rosiello roskoth rosmini rosselli rossellini rossello
        rosselló rossetti rossi rossini rossum rotteveel roukes roura rourke rousseau roussel rousselet rousset
        rouwenhorst rouwhorst rovira rowan rowe rowland rowley roy roybal royer royo rozas rozhkov rozhkova ruane
        ruano rubben rubbia ruberto rubio rudden rudkins rudolph rueda ruelas ruffini ruggeri ruggieri ruijs ruiter
        ruiz ruppersberger ruppert rusakov rusakova russell russo rusticucci rutten ryabov ryabova ryan rybakov
        rybakova ryder ryle rynn rynne rädel rémy río ríos ródenas röhrdanz röhricht römer rörricht saavedra sabater
        sabatini sabbatini sabharwal sachar sachdev sachdeva sacristán saenz saez saffi safo safoaa safonov safonova
        sagar sagese sagnelli sagredo saha sahni sahota saini sainz saito saiz sakamoto saksen sala salako salamanca
        salandra salas salata salazar salcedo salcido saldana saldaña saldivar saleh salet salgado salgari salieri
        salinas salm salmen salmeron salmerón salom salva salvador salvemini salvi salvini salvà salz sam sama
        samaniego samele sami sammon samoylov samoylova sampaio sampath samper sampson samra samson samsonov
        samsonova sanabria sanches sanchez sancho sande sanderson sandhu sandi sandoval sanford sangha sanghvi
        sanguineti sani sanjuan sankar sankaran sanmartin sanmartín sanmiguel sansoni sant santacruz santamaria
        santamaría santana santen santi santiago santillan santillán santorio santoro santos sanudo sanz saors
        sarabia saraceno saracino saraf saragat saran sarin sarkar sarma sarmiento sarna sarneel sarpong sarraf
        sarsfield sas sasaki sastre sastry sathe sato satriani satta sauberlich sauceda saucedo sauer sauli saunders
        saura sauro sauvage savelev saveleva savin savina savorgnan sawhney saxena saxo sayers sazonov sazonova
        sbarbaro scaduto scalera scalfaro scallan scallon scally scamarcio scandone scanlan scanlon scannell
        scaramucci scardino scarfoglio scarlatti scarpa scarpetta scarponi schaaf schacht schaefer schafer schagen
        schakelaar scharroo schatteleijn scheel scheer scheffers scheibe schellekens schelvis schenk schenkel
        scherms scheuermann schevinghuizen schiaparelli schiavo schiavone schicchi schiffer schilt schinke schipper
        schlauchin schleich schlosser schmidt schmidtke schmiedecke schmiedt schmitt schneider schofield schokman
        scholl scholten scholtz scholz schomber schonland schotte schottin schouten schrant schrik schroeder
        schroeff schuchhardt schuijt schuler schulten schultz schulz schuster schuurmans schuylenborch schwartsbach
        schwartz schweinfurt schweitzer schwital schäfer schönland schüler scialpi scollan scott scotti scotto
        scriven scully scuylenborchs seally sealy sebastian sebastián seco sedano seddio seery segarra segebahn
        segerson segersun segerszoen segni segovia segre segrè segui seguin segura seguí sehgal seidel seifert seip
        sekhon seleznev selezneva seliverstov seliverstova semenov semenova semitecolo sen sengupta seo sepulveda
        sepúlveda serao sergeev sergeeva serlupi sermonti serna serra serraglio serrano serrato serwaa seshadri
        sestig seth sethi setrick setty sevilla sevillano sforza sgalambro sgarbi sha shaffer shaffrey shah shan
        shanahan shankar shanker shanley shannon shanny shao sharaf sharapov sharapova sharkey sharma sharov sharova
        sharpe sharry shashkov shashkova shaughnessy shaw shcherbakov shcherbakova shchukin shchukina shea sheahan
        sheane sheedy sheehan sheehy sheeran sheerin sheil sheilds shekoni shelton shen shenoy shepard sheppard
        shere sheridan sherlock sherman sherry shestakov shestakova sheth shetty shevlin shi shiel shiels shilov
        shilova shimizu shiryaev shiryaeva shortt shroff shubin shubina shukla shupe sibal sibilia siddiqui sidhu
        sidorov sidorova siering siffredi sigerson silin silina silke silva silveira silvestri simeoni simmon
        simmonds simmons simo simon simonis simonov simonova simons simpson simó sinan sinclair singh singhal sinha
        sinisi sinnott siqueira sismondi sisneros sitnikov sitnikova skally skeahan skeffington skehan skelly
        skinner skivington slaetsdochter slagmolen slamon slater slattery slevin slingerland sloan sloane sloot
        slowey slyne smeede smeets smirnoff smirnov smirnova smith smits smullen smyth smythe snyder sobolev
        soboleva sobowale sobrero sobrino soderini sodhi soding soest soffici sokolov sokolova sola solana solanki
        solano solari soler solera solimena solis soliz sollima solomon solorio solorzano solovev soloveva solsona
        solzer solé solís soman somers sommaruga somoza soni sonnino sontag sood soolaghan soos soranzo sordi
        sorgatz soria soriano sorokin sorokina sorrentino sosa sotelo sousa souza soyinka spaan spadafora spaendonc
        spaendonck spain spallanzani spanevello spanhaak speer speijer spence spencer spenser speri spier spiess
        spieß spiker spillane spinelli spinola spreeuw spreeuwel spreuwel sprong spruit spruyt squarcione sraffa
        sridhar srinivas srinivasan srivastava stadelmann stael stafford staglieno stahr stamrood stange stanley
        stanton stapleton starkenberg staude staunton steckel steele steen steenbakkers steenbeek stefanelli
        steinberg steinmeiern stenson stepanov stepanova stephens stephenson sterkman stettyn steuer stevens
        stevenson stewart stey stichter stiebitz stiffel stinis stoffel stoffelsz stoices stoll stolze stook
        stoppani storladi straaten stradivari stralen strangio strelkov strelkova strickland striebitz strigt
        strigter strijker strik stroh stuart stucchi stuivenberg stumpf suarez subbotin subbotina subramaniam
        subramanian sugrue suijker suinvorde sukhanov sukhanova sule sullivan summerville sundaram sura sureda
        suresh suri surian susa sussebier sutton suvorov suvorova suzuki suárez swaminathan swamy swanson swart
        sweeney sweeny sykes symons synnott sysoev sysoeva sáenz sáez sánchez säuberlich söding sölzer süßebier
        taboada tacchini taccola tafoya tafuri taggart tagliafierro tak takahashi takkelenburg takyi talavera talbot
        taliani taliercio talwar tamarit tamayo tamborini tamburello tamburi tamburini tamez tammerijn tamsma tanaka
        tandon taneja tangney tanguy tansey tanzini tapia tara tarantini tarantino tarasov tarasova tarchetti tarpey
        tartaglia tartini tasca tasche tasso tassoni tata tate tawia taylor teahan tebaldi techer tedesco tehan
        teixeira tejada tejeda tejedor tejera tejero telesio tella tellez tello tena tencalla tenorio ter teran
        terentev terenteva ternan terragni terrazas terrell terron terry terrón teruel terán tessier teterin
        teterina teuling teunissen texier textor thaker thakkar thakur thaman thanel thibault thibodeaux thierry
        thies thom thomas thompson thomson thornton thorpe thout tian tielemans tiepolo tiernan tierney tijerina
        tikhonov tikhonova tillmanno timlin timmerman timmermans timofeev timofeeva timoney timony tinney tintzmann
        tirabassi tirado tirie titov titova tiwaa tiwari tlustek toal tobin togher togliatti tognazzi tohall tolan
        toldo toledo tolentino tolin tolosa tomas tomaselli tomasetti tomasini tomei tomlinson tommaseo tomás tomé
        toninelli tonisto toolan toole toolin toolis tooman toomey toor torlonia tormay tormey tormo tornatore toro
        torpey torralba torre torrecilla torrence torrens torres torrez torricelli torrijos toscani toscanini
        toselli tosi toso tosto totino totwiller toussaint tovar townsend tozzi tozzo tracey tracy traetta trainor
        tran traore trapanese trapani trapp travaglia travaglio travers traversa travia travis traynor treacy
        treanor trebbi treccani trejo tremonti trenor trentin trentini tresoldi tretyakov tretyakova treves trevino
        trevisan trevisani treviño trezzini trillini trillo trincavelli tripathi trivedi trobbiani trofimov
        trofimova troisi trombetta trommler tropea trost trotta troy trub trubin trujillo truong trupiano trupp
        trussardi tröst trüb tschentscher tsvetkov tsvetkova tubridy tudela tuijl tuithof tully tuohey tuohy tur
        turati turchetta turchi turci turley turnbull turov turova turpin turrini tutino tutty tuzzolino tweneboa
        twohey twohig twomey twumasi tyler tynan tyrrell täsche téllez tórrez ubaldi uche udeh udinese udinesi
        ugarte ughi uit uittenbosch ulibarri ullmann ulloa ullrich ulrich und underwood ungaretti uniacke uniaque
        unruoch upadhyay uphaus uphuis uphus uppal urbina urena ureña uria uriarte urias uribe urrutia uría urías
        ustinov ustinova uvarov uvarova vaca vaessen vaidya vaillant vala valadez valbuena valcarcel valcárcel
        valderrama valdes valdez valdivia valdés valencia valenciano valentin valentino valentín valenzuela valera
        valero valette valguarnera valier vall valladares valle vallee vallejo vallenduuk valles vallet valls vallée
        vallés valmarana valverde vance vandenbergh vanegas vang vanvitelli vaquero varano varela vargas varghese
        varkey varma varty varughese vasari vasconcelos vasilev vasileva vasquez vasseur vastenhouw vastraedsd
        vattimo vaughan vaughn vazquez veale vecellio vecoli veen veenendaal veenstra vega vegt veiver vela velasco
        velasquez velazquez velde velden velderman velez veliz velthoven veltman veltroni velzen velásquez velázquez
        ven vendetti venditti vendrell venegas veneziano venier venkataraman venkatesh venrooy vento venturi
        verbeeck verbeek verboom verbruggen vercelloni verda verdejo verdi verdier verdone verdu verdugo verdun
        verduzco verdú verga vergara vergassola vergeer vergerio verhaar verhagen verharen verheij verheuvel
        verhoeven verkade verma vermandois vermeulen verri versace verschuere verschut versluijs vertoor vertooren
        vervoort verwoert veselov veselova vespa vespucci vezzali viana vianello vicens vicente vidal vidoni vieira
        viera vierdag vig vigliotti vignon vigorelli vila vilalta vilanova vilaplana vilar villa villadicani
        villagomez villagómez villalba villalobos villalonga villalpando villanueva villar villareal villarosa
        villarreal villasenor villaseñor villaverde villegas villena vina vinas vincent vink vinogradov vinogradova
        virgilio virk visconti vishnyakov vishnyakova visintini vismara visser viswanathan vittadello vitturi
        vivaldi vives viviani vizcaino vizcaíno viña viñas vlaanderen vladimirov vladimirova vlasov vlasova vliet vo
        vohra voisin volcke volkov volkova vollbrecht volta volterra voorhout voorst voortman vora vorobev vorobeva
        voronov voronova vorontsov vorontsova vrancken vries vroege vrome vyas vásquez vázquez vélez véliz waarbeek
        waardeloo waas wable waderle wadhwa wagenknecht wagenvoort wagle wagner wahner wal walderade waldron wali
        walia walla wallace wallaert waller wallis walsh walshe walsteijn walter walters walton waltrade wang warner
        warren washington wason wassenaar watanabe watkins watson watters webb weber webster weeldenburg weerdenburg
        weever wei weihmann weijland weijters weimer weinhage weinhold weiss weitzel weiß wel weldon welf weller
        wende wendt wensen werd werdes wernecke werner wesack wessex westerbeek westerburg westermann westfalen
        weston weterink wever weyland weylant whalen whelan whelehan whitaker whitehead whitehouse whitney whittaker
        whitty whyte wiafe wickerode wiek wiel wieloch wiggins wigman wijk wijland wilcken wilcox wildschut wiley
        wilkerson wilkins wilkinson willems willemsen williams williamson willigen willis wilmont wilms wilmsen
        wilson winkler winnrich wipstrik wirth witte wittenboer wohlgemut wolfe wolffel wolfsdr wolfswinkel wolters
        wolzak wong woodard woodward woolley wooning woudenberg woulfe wouters woutersz wrenn wrynn wulf wulff
        wunderink wutke wyatt wynne wähner xiang xiao xiong xue yaamoa yadav yakovlev yakovleva yakushev yakusheva
        yamada yamaguchi yamamoto yamashita yamazaki yanez yang yates yawson ybarra yeboa yeboah yin yirenkyi yoder
        yohannan yoon yoshida yuan yudin yudina yuste yáñez zaal zabala zabaleta zabarella zaccagnini zaccardo
        zacchia zacco zacharia zachariah zaguri zahn zakharov zakharova zambrano zamengo zamora zamorani zamorano
        zampa zamudio zanazzo zanichelli zanker zanzi zapata zaragoza zarate zarlino zavala zayas zaytsev zaytseva
        zecchini zedillo zeemans zeffirelli zelaya zeldenrust zeng zepeda zetticci zevenboom zhang zhao zhdanov
        zhdanova zheng zhong zhou zhu zhukov zhukova zhuravlev zhuravleva ziani zichichi ziegert zijl zijlemans
        zijlmans zimin zimina zimmer zimmerman zinovev zinoveva zirme zito zobel zola zoppetti zoppetto zorbach
        zorrilla zou zuev zueva zuidweg zuijdveld zuniga zurita zwaben zwart zwijsen zwindrecht zykov zykova zänker
        zúñiga águila álamo álvarez álvaro ángel ávalos ávila étienne
        """
        static let ambiguous = """
        abate agate albino ale aline amber amble amigo amir angel ante archer arenas aria ascension auger autumn baa
        backer bail baker bale banks baptist barb barber barer barker barman baron barrio bass bassi basso bates
        beard bender berg berry bigot birch black blanch blessing blot bodkin boles bond boner bones bonnet booth
        bourgeois bowers bowler bowman brad branch brand brands brandy bravo bray brewer brick bridge bridges bright
        brink brogan brooks brown browning bruin brunet buck bullock burns burrows bush butcher butler butte cairn
        cairns cal camps canals canning cannon canny cant canton carmine carpenter carrion carry carton cases
        chamberlain chambers chandler char charity chase cherry chuck church clear clement cocci colas collier colon
        comas combs comer comfort company contractor convey cooper coral corona corral cotter courtier cousin
        cousins cox crane craven creed cross cruise crystal curry curt daisy dale dash davenport dawn dean deb
        destiny diamond dickey dickie die din ding divan diver divine doe don dos downing downs drake drew dries
        drub duff duke dung dunning dyer early ebony edit elder else emir emo ester eta eve fair faith falcon fang
        fanning fanny farina farmer fee feline fem ferry field fielding fields finch fisher flood floor flora
        flowers font ford forum foster frank freely freeman fresh frost fry fuller gala gamble garland garner garret
        garrison gates gay gent gentry gibbon gibbons gill glass glasses glazier glen golden gong gorp grace grand
        grant graves green griffin grimes grit gross grunt gunning guy hale ham hank hardy hare haring harsh hasty
        hawthorn hays hazel hearty heath heather heron herring hickey hicks hoes hogan holder holly honing hood hope
        house hovel huff hull hung hunter ivory jade jasmine jasper joy judge junk kale key kidney killer king
        knight lacy lamas lance lawless leach leech leek lees lei linden lira little llamas llano loon looney lope
        lord lore lower loyal lucid lucky luster lynch madden mads mallet mane manning mans mar mare mares margarita
        marine marks marry marsh mart marten martens mason master mate mats matt max maxim maxima mayo mayoral
        meadows melody merchant merino merry mesa meta mil miles miller millet mills min miner misty modest moles
        monk monks moody morrow mountain nacho nary newton noble north nova olive pace pages pal palazzo pall
        palomino pant parent parks parry parsons patience peace peacock peer penny petty pier pierce ping plaza
        plover pope porter potter potters pottier power powers price prince proctor quill rafter rails raja randy
        rattan ravel raven read reed reeves rick riddle ridge rivers roach roan roe roman rout ruddy rush sacristan
        sager salami sales salmon salvo sandal sander sanders sandy sane sans savage savannah savant sawyer scullion
        sears sellers serge sexton sharp shepherd shields shine short sierra silk sims singleton sire sitters small
        smart smit sol song soprano sparks spears spies stack stark steed stein steward stokes stone storey story
        stout strong summer summers sunder supple swift swords tailor tan tang tanner taro thatcher ties till tins
        tit tome toms toner torrent torrents tours tron tucker turner tutu urban valentine veer vial victory vigil
        viola wade walker walls wan ware warmer warrior water waters watts weaver weeks welch wells wheeler white
        winter winters wise wit wolf wolfram woods wren wright yen yogi young
        """
        static let clinical = """
        abramov achille acosta adams albert alexander alexia alfieri allen almeida amelia andersen anderson andrew
        andrews annalise anthony arnold austin barlow barre barrett barth barton bazin becker benedikt benigna
        benigni bennett benson berger bermejo bernard bianchi bignami birthe blanca blanche bloch bonet bowen
        bradley brandt brock brooke bruce bruton bryan buchanan burke burnett cameron canavan cantrell carbo carey
        carter cassidy castillo cesar chaudry clark clarke claude cogan colin collet collin collins comar conor
        conradi cooley cornelia costa curtis daphne dawson denny derrick dimitri donohue donovan douglas duane
        dubois duffy dupre durand earl eaton eberth edward edwards ellis ellison evans ewing filatov fleming foley
        foody forbes fournier francis franklin fraser friedl frohlich gardner george gerhardt gibert gilbert gilles
        goldstein gradenigo graham grover guerin guglielmo hailey haire hancock handa hansen harley harris hartmann
        hashimoto heinz hickman hodgson hoffman hoffmann hollander holmes hopkins horton hubert hudson hurst
        hutchinson isaac jackson jacquet jakob janet jansen jensen joaquin johnson jones joseph jurgen kelly kennedy
        kim kimura klein kohler krabbe laguna lambert landry landy lange larsen laurence lawrence lefort lehmann
        leigh leopold levine lewis leyden lindau lloyd loffler louis lowry lucas ludwig magnus mallory marcus marie
        marina marion marshall mater mathieu maximo maxwell mcardle medina melia meyer millar milroy mitchell moore
        morel morgagni morgan morton morvan murray murri neill nelson nichola nicola nicolas nielsen noonan nyhan
        oliver parkinson patterson paulo pearson pellegrini peter petit phelan pierre pierson pilar pinto plana
        poland porta posada pringle puente querol quintana rasmussen raymond raynaud reichmann reilly richardson
        riehl riggs riley ritter rivera robert robertson robin robinson robles rocio roden roger rolando romano
        russell sampson sarin savin scarpa scheuermann schmidt scholz schroeder schultz schwartz sheehan shelly
        simmonds simon simons smith snyder solis spencer stanton steele steven stewart stuart sue sutton tapia terry
        thomson torre ullrich underwood vidal vincent walla walli walther watson weber weiss werner whitehead
        wilkinson willi william williams willis wilms wilson zimmer
        """

        /// Each listed word and the lists that hold it, built once from the four lists above.
        static let tiers: [String: PHIScanner.NameTier] = {
            var tiers: [String: PHIScanner.NameTier] = [:]
            tiers.reserveCapacity(72_000)
            let lists: [(String, PHIScanner.NameTier)] = [
                (given, .given), (surnames, .surname), (ambiguous, .ambiguous), (clinical, .clinical),
                (censusGiven, .given), (censusSurnames, .surname), (censusAmbiguous, .ambiguous),
                (censusClinicalGiven, [.given, .clinical]), (censusClinicalSurnames, [.surname, .clinical]),
                (worldGiven, .given), (worldSurnames, .surname), (worldAmbiguous, .ambiguous),
                (worldClinicalGiven, [.given, .clinical]), (worldClinicalSurnames, [.surname, .clinical]),
            ]
            for (list, tier) in lists {
                for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                    tiers[String(word), default: []].formUnion(tier)
                }
            }
            return tiers
        }()
    }
}
