/// More given names and surnames for the PHI scan, lower case: the US Census Bureau's 1990 name files
/// (`dist.female.first`, `dist.male.first`: every given name listed; `dist.all.last`: the 30,000 commonest
/// surnames), public domain, as packaged in PyPI `names` 0.3.0. Only names not already in `PHINames.swift`.
/// Tiered as there: a name that is also a lower-case word of the Debian `wamerican` list is `ambiguous` (given
/// names only; such surnames are left out), one that is a word of the shipped ICD-10 titles, PCS index or
/// Table of Drugs is `clinical`.
extension PHIScanner.Names {
    static let censusGiven = """
        adah adaline adam addie adell adella adelle adena adria adrianne adriene afton agnus agripina aiko ailene aja
        akiko akilah alaina alaine alane alayna alberta albertha albertina alda alden alease alecia aleen aleida
        aleisha alejandrina alene alesha aleshia alesia aleta aletha alethea alethia alfonzo alfreda alfredia alia
        alica alisa alise alishia alisia alissa alita aliza alleen allena allene allie alline allyn allyson almeda
        almeta alona alphonso altagracia altha althea alton alvera alverta alvina alyce alycia alysa alyse alysha
        alysia alyson amal amberly ambrose amee ami amiee ammie analisa anamaria anastacia andera andria angele
        angelena angelia angeline angella angelyn angila angla anglea anh anisa anisha anissa anitra anjanette
        anjelica annabell annabelle annalee annamae annamarie annelle annice annis annmarie antione antionette antone
        antonetta antonette antwan apryl aracelis aracely archie ardath ardelia ardell ardella ardelle arden ardis
        ardith aretha argelia arianna arica arielle arla arlean arleen arlen arlena arlene arletha arletta arlette
        arlie arlinda arline arlyne armand armanda armandina arminda arnetta arnette arnita arnoldo artie arvilla asa
        asha ashanti ashely ashlea ashli ashlie ashly ashlyn asley assunta athena aubrey audie audra audrea audria
        audrie audry augusta augustina augustine augustus aundrea ava avelina avis avril awilda ayako ayana ayanna
        azalee azzie babara bambi barabara barbar barbie barbra bari barrie bart basilia bea beatris beaulah bebe
        becki beckie belia belkis belva benedict bennie benny berna bernadine bernardina bernardine berneice bernetta
        bernice berniece bernita bertie bess bessie bethanie bethann bethel betsey betsy bette bettie bettyann bettye
        beula beulah bev beverlee billi billie billye blondell blythe bobbi bobbie bobbye bobette bok bonita boyd
        bradly branda brande brandee branden brandie brant breana breann breanne brendon brenton bret brianne brice
        bridgett bridgette brigette britany britney britni brittaney brittani brittanie britteny brittni brittny
        bronwyn bryanna brynn bryon buena buffy buford bula bulah burl burt byron calandra callie camelia cami camie
        cammie cammy candance candi candida candie candis candra candyce cari carie carisa carissa carita carlee
        carleen carlena carlene carletta carlie carline carlita carlotta carlton carlyn carma carman carmelia
        carmelina carmella carmon carolann carolee carolina caroll carolyne carolynn caroyln carri carrol cary caryl
        carylon caryn casie casimira cassaundra cassey cassi cassondra cassy catharine catherin catherina cathern
        catheryn cathey cathi cathie cathrine cathryn catina catrice catrina cayla cecelia cecil cecila cecille cecily
        cedric cedrick celena celeste celestine celinda celsa ceola chae chanel chanell chanelle chantay chante
        chantell chara charise charissa charisse charla charleen charlena charlesetta charlette charley charline
        charlott charlsie charlyn charmain charmaine charolette chas chasidy chasity chassidy chauncey chaya chelsie
        cher chere cheree cherelle cheri cherilyn cherise cherly cherlyn cherri cherrie cherryl chery cheryle cheryll
        chester chet chia chieko ching chiquita chong chrissy christal christeen christena christene christi christia
        christinia christoper chrystal chu chun cicely ciera cierra cinda cinderella cindi cindie cinthia cira
        claretha claretta claribel clarinda clarine claris clarita classie claud claudette claudie clemencia
        clementine clemmie cleo cleopatra cleora cleotilde cleta cletus cleveland clifton clint clora clorinda clyde
        codi colby coleen colene coletta collene columbus concha contessa coralee coralie corazon cordelia cordell
        cordia cordie coreen corene coretta corie corine corliss cornell corrin corrina corrine corrinne creola cris
        criselda crissy crista cristen cristi cristie cristin cristine cristopher cristy crysta crystle cuc cyndi
        cyndy cyril cyrstal cyrus cythia dacia dagny daina daine daisey dakota dalene dallas damion dana danae danelle
        danette dania danial daniell daniella danika danille danita dann danna dannette dannie dannielle danyel
        danyell danyelle daphine darby darcel darcey darci darcie darell daren darla darleen darlena darline darnell
        daron darrel darrick darrin darron darwin davida davina dawna dawne dayle daysi deadra deana deandra deandre
        deandrea deangelo deann deanne debbi debbra debby debera debi debrah debroah dede dedra deeann deeanna deedee
        deedra deena deetta deidra deidre deirdre deja delaine delana delbert delcie delena delicia delila delilah
        delinda delisa della delma delmar delmer delmy delois deloise delora deloras delores deloris delorse delpha
        delphia delphine delsie demarcus demetra demetria demetrice demetrius dena denae deneen denese denice denisha
        denisse denita denna dennise denver denyse deon deonna derick deshawn desirae despina dessie detra devona
        devora devorah dewayne dewey dewitt dexter dia dian diann dianna dianne diedra diedre dierdre digna dinah
        dinorah dione dionna divina dixie dodie dollie doloris domenic domenica dominick dominque domonique donella
        donetta donette donita donn donnetta donnette donnie donny donte donya dorathy doreatha dorene doretha
        dorethea doretta dori dorian dorie dorinda dorine dorla dorotha dorris dortha dorthea dorthey dorthy doug
        douglass dovie dreama drema drucilla drusilla dulcie dusti dwain dwana dwight dyan earlean earleen earlene
        earlie earline earnestine eartha easter eboni ebonie eda edie edison edmond edna edra edris edwardo edwina
        edyth edythe effie efren ehtel eilene ela eladia elaina elana elane elanor elayne elbert elda elden eldon
        eldora eldridge eleanore elease elene elenor elenora eleonor elfreda elfrieda elia elicia elida elidia elina
        elinor elinore elissa eliz elizabet elizbeth elizebeth ellamae ellan ellena ellsworth ellyn elmer elmira elna
        elnora elois elouise elroy elsie elsy elton elva elvera elvie elvin elvina elvis elwanda elyse elza emelda
        emelia emeline emely emerita emerson emiko emilee emmaline emmie emmitt emogene emory ena enedina eneida enid
        enoch enola enriqueta epifania ericka erinn erlene erlinda erline erma ermelinda erminia ernie errol essie
        esta estefana estell estella estelle etha ethel ethelene ethelyn etsuko ettie eugena eula eulah eun euna eura
        eustolia evalyn evan evangeline evelina evelynn everette evette evia evon evonne exie ezekiel ezra fae fannie
        farah farrah fatimah faustina faviola felecia felica felice felicita felisha felton fermina fernande ferne
        fidelia filiberto fleta florance florence florene floretta floria florine florrie flossie floy fonda forrest
        fran francene franchesca francie francina francine frankie franklyn fransisca freda fredda freddie frederica
        fredericka fredia fredric fredrick fredricka freeda freida fumiko galen garfield garnett garth gaye gayla
        gayle gaylene gaylord gaynell gaynelle gearldine gena geneva genevie genevive genia genna gennie genny
        georgann georgeann georgeanna georgene georgetta georgette georgiana georgiann georgianna georgianne georgie
        geralyn geri germaine gerri gerry gertha gertie gertude ghislaine gia gidget gigi gilberte gilma ginette ginny
        gisele giselle gita gladis glady gladys glayds glendora glenna glennie glennis glinda glynda glynis golda
        goldie gracie graig granville grayce gregoria gretta gricelda grisel gus gussie gwen gwenda gwenn gwyn gwyneth
        hae hal hallie hana harlan harland harriett harriette hassie hattie haywood hee heidy helaine hellen henrietta
        herlinda hermila hermina herschel hershel hettie hiedi hilaria hildegarde hildred hillary hiram hisako hobert
        holley holli hollis horace hortencia hosea hoyt hsiu huey hwa hye hyo hyon ian idalia idell idella iesha ike
        ila ilana ilda ileen ilene iliana illa iluminada ima imogene inell inez inger inocencia iola ione irvin irving
        isa isela isiah isidra isobel isreal iva ivelisse ivette ivey izetta izola jacalyn jacelyn jacinda jackeline
        jackelyn jacki jacklyn jackqueline jacqualine jacque jacquelin jacquelyn jacquelyne jacquelynn jacquetta
        jacqui jacquie jacquiline jacquline jacqulyn jada jae jaimee jaimie jake jaleesa jalisa jama jamaal jamal
        jamar jame jamee jamel jamey jami jamika jamila jamison jammie janae janay janean janee janeen janel janell
        janella janelle janene janessa janeth janetta janey janie janiece janis janise janita jannet jannette jannie
        janyce jaquelyn jarod jarrett jarrod jaunita jaye jayme jaymie jayna jazmin jazmine jeana jeane jeanelle
        jeanene jeanett jeanetta jeanice jeanie jeanine jeanmarie jeanna jeannetta jeannie jed jefferey jeffie jeffry
        jenae jene jenee jenell jenelle jenette jeneva jeni jenice jenifer jeniffer jenine jenise jennefer jennell
        jennette jennie jenniffer jennine jerald jeraldine jeramy jere jeri jerica jerilyn jerlene jerold jeromy
        jerrell jerri jerrica jerrie jerrod jerrold jesenia jesica jess jessenia jessi jessia jessie jestine jesusita
        jetta jettie jewell jimmie jina jinny joane joanie joannie jodee joeann joella joellen joesph joetta joette
        johana johna johnathon johnetta johnette johnie johnna johnnie johnsie joi joie joleen joline jolyn jolynn
        jona jonah jone jonell jonelle joni jonie jonna jonnie joselyn josephina josie joslyn jospeh josphine joya
        joycelyn joye judi judie judson jule julee julene juli juliann julianne julieann julietta julissa junie junita
        junko justa kacey kaci kacie kacy kaila kala kaleigh kaley kali kallie kalyn kam kami kamilah kandace kandi
        kandice kandis kandra kandy kanesha kanisha kareem kareen karena karey karie karima karine karisa karissa
        karleen karlene karly karlyn karmen karole karolyn karon karren karri karrie karry kary karyl karyn kasandra
        kasey kasha kasi kasie kassandra kassie katelin katelynn katerine kathaleen katharyn katheleen katherin
        kathern katheryn kathey kathie kathlene kathline kathlyn kathrine kathryne kathyrn katia katina katlyn katrice
        kattie kayce kaycee kaye kayleen kaylene kazuko kecia keena keesha keila keira keisha keitha keli kelle kellee
        kellye kelsi kelsie kemberly kena kenda kendal kendall kendrick keneth kenia kenisha kennith kent kenton
        kenyatta kenyetta kera keren kermit kesha keshia keturah keva keven khadijah khalilah kia kiana kiersten
        kiesha kieth kiley kimber kimberely kimberlee kimberli kimberlie kimbery kimbra kimi kimiko kina kindra kip
        kisha kittie kiyoko kizzie kizzy korey kortney kory kourtney kraig kris krissy kristal kristan kristeen
        kristel kristle kristofer kristyn krysta krysten krystin krystina krystle kum kyla kylee kym kymberly kyoko
        kyong kyung lachelle laci lacie lacresha ladawn ladonna lael lahoma lajuana lakeesha lakeisha lakendra lakenya
        lakesha lakeshia lakia lakiesha lakisha lakita lamar lamonica lan landon lanell lanelle lanette lani lanie
        lanita lannie lanny lanora laquanda laquita larae laraine laree larhonda larita laronda larraine larue
        lasandra lashanda lashandra lashaun lashaunda lashawn lashawna lashawnda lashay lashell lashon lashonda
        lashunda lasonya latanya latarsha latashia latesha latia laticia latina latisha latonia latonya latoria
        latosha latoyia latrice latricia latrina latrisha launa lauralee lauran laureen laurena laurene laurette lauri
        laurice laurinda laurine lauryn lavada lavenia lavera lavern laverna laverne laveta lavette lavina lavon
        lavona lavonda lavone lavonia lavonna lavonne lawana lawanda lawanna lawerence layne leana leann leanna
        leanora leatha leatrice lecia leda leeann leeanna leeanne leesa leia leida leigha leighann leilani leisa
        leisha lekisha lela lelah lelia lemuel lenard lenita lenna lennie lenny lenora lenore leola leoma leonarda
        leonia leonida leonila leonora leontine leora leota lera les lesa lesha lesia leslee lesli lessie leta letha
        letisha letitia lettie letty levi lexie lezlie lianne libbie libby librada lida lillia lilliam lillian
        lilliana lillie lindsy lindy linette linnea linnie linsey linwood lionel lisabeth lisandra lisha lissa
        lissette lita lizabeth lizbeth lizeth lizette lizzette lizzie loise loma lon lona londa lonna lonny loraine
        loralee lorean loree loreen lorelei loren lorene loreta lorette loria loriann lorie lorilee lorina lorinda
        lorine loris lorita lorretta lorri lorriane lorrie lorrine lory lottie lou louann louanne louella louetta
        louie louisa loura lourie louvenia lovella lovetta lovie lowell loyce loyd luann luanna luanne luba luci
        lucien lucienne lucile lucilla lucille lucina lucius lucrecia lucretia ludie ludivina lue luella luetta lula
        lulu lura lurlene lurline luther luvenia lyda lyla lyle lyman lyn lyndia lynell lynelle lynetta lynette lynna
        lynnette lynwood mabel mabelle mable mac machelle macie macy madalene madaline madalyn maddie madelaine
        madelene madelyn madge madie madlyn madonna maegan mafalda magali magaly magaret magdalen magen mahalia maia
        maida maile maira maire maisha maisie majorie makeda malcom malia malika malinda malisa malissa malka mallie
        malorie malvina mamie mammie mana mandi mandie manie maragaret maragret maranda marcelene marceline marcell
        marcellus marcene marchelle marci marcie marcy mardell marg margarett margaretta margarette margarite
        margarito margart marge margene margeret margert margery marget margie margo margorie margrett marguerita
        margurite margy marhta mariann maribeth mariel mariela mariella marielle mariette mariko marilee marilou
        marilu marilynn marinda maris marisha maritza marivel marjorie marjory marketta markita marla marlana marlena
        marline marlo marlon marlyn marlys marna marni marnie marquerite marquetta marquita marquitta marsha marth
        marva marvella marvis marx marya maryalice maryann maryanna maryanne marybelle marybeth maryellen maryetta
        maryjane maryjo marylee marylin maryln marylou marylouise marylyn marylynn maryrose masako matha mathilda
        mattie maude maudie maurine maurita mavis maxie maximina maxine maybell maybelle mayme mayola mayra mazie
        mechelle meda meggan meghann mei mel melaine melani melany melba melda melida melissia mellie mellisa mellissa
        melodee melodi melodie melonie melony melva melvina melynda mendy mercedez meri merideth meridith merilyn
        merissa merlene merlin merlyn merna merri merrie merrilee merrill mertie mervin meryl micah michale michelina
        micheline michell michiko micki mickie miesha migdalia mignon miguelina mikaela mikel mikki milagro milda
        mildred milford milissa millard millie milly milton mimi minda mindi minnie minta miquel mireille mireya
        mirian mirna mirtha misha missy misti mistie mitch mitsue mitsuko mittie mitzi mitzie miyoko moira monet
        monnie monserrate monty moriah mose moshe mozell mozella mozelle mui muoi muriel myesha myong myra myrl myrle
        myrna myron myrta myrtice myrtie myrtis myung nadene naida nakesha nakia nakisha nakita nam nan nana nancee
        nancey nanci nancie nanette nannette nannie naoma napoleon natacha natashia nathanael nathanial natisha
        natosha necole ned neda nedra neely neida nelda nelia nell nella nelle nellie nena nenita neoma neomi nerissa
        nery neta nettie neva nga ngan nguyet nia nichelle nichol nicholle nicki nickie nickolas nickole nicky nicol
        nicolette nicolle nida niesha niki nikia nikole nila nilsa ninfa nita nobuko noella nohemi nola noma nona
        noreen norene noriko norine nubia nyla ocie odelia odell odessa odilia odis ola olen olene oleta olevia olin
        olinda ollie olympia oma omer ona oneida onie onita ophelia oralee oralia oren oretha orpha orval orville
        ossie otelia otha otis otto ouida ozell ozella ozie pamala pamelia pamella pamila pamula pandora parthenia
        particia patria patrica patrina patti pattie paulene pauletta paulita pearle pearlene pearlie pearline peggie
        pei penney penni pennie percy petrina petronila phebe phil phillis phung phylicia phylis phyliss pia pok
        porsche porsha portia pricilla providencia pura qiana queenie quentin quiana quintin quinton quyen rachal
        racheal rachele rachell racquel rae raeann raelene raguel raina ramonita ranae randa randal randee randell
        randi ranee rashad rasheeda rashida raye rayford raylene raymon raymonde raymundo rayna reagan reanna reatha
        reba rebbeca rebbecca rebecka reda reena refugia refugio regena regenia reggie reginia reiko reita rema remona
        renae renaldo renay renda renea renetta renita renna ressie reta retha retta rex reynalda rheba rhett rhoda
        rhona ria richelle ricki rickie rigoberto rikki rima rina risa riva rivka robbi robbin robbyn robena robt
        rochel rochell rochelle roderick rodger rodrick rolanda rolande romelia romona rona ronda roni ronna ronni
        roosevelt rosalba rosalee rosalind rosaline rosalyn rosamaria rosamond rosana rosann rosanna rosanne roscoe
        roseann roseanne roselee roselia roseline rosella roselle rosena rosetta rosia rosio roslyn rossie rowena
        roxane roxann roxanna roxanne roxie roxy royce rozanne rozella rubi rubie rubin rubye rudy rueben rufus russ
        rutha ruthann ruthanne ruthe ruthie ryann sabra sachiko sade sadie sadye sal salena salina salley sallie
        samara samatha samella sammie sammy samual sana sanda sandee sandie sanjuana sanjuanita sanora santa santina
        santo sarai sau saundra scarlett scottie scotty sebrina seema selene sena senaida serina serita setsuko
        seymour shae shaina shakia shakira shakita shala shalanda shalon shalonda shameka shamika shana shanae shanda
        shandi shandra shaneka shanel shanell shanelle shani shanika shaniqua shanita shanon shanta shantae shantay
        shante shantel shantell shantelle shanti shaquana shaquita shara sharan sharda sharee sharell sharen sharice
        sharie sharika sharilyn sharita sharla sharleen sharlene sharmaine sharolyn sharonda sharri sharron sharyl
        sharyn shasta shaunda shaunna shaunta shaunte shavon shavonda shavonne shawana shawanda shawanna shawnda
        shawnee shawnna shawnta shayla shayna shayne sheba sheilah shela shelba sheldon shella shelli shellie shemeka
        shemika shena shenika shenita shenna shera sherell sherice sherie sherika sherill sherilyn sherise sherita
        sherlene sherley sherly sherlyn sheron sherrell sherrie sherril sherrill sherron sherryl sherwood shery
        sheryll shiela shila shiloh shira shirely shirl shirlee shirleen shirlene shirly shizue shizuko shon shonda
        shondra shonna shonta shoshana shu shyla sid sidney signe silas sima simonne sindy sirena siu sixta skye
        slyvia soila solange somer sommer sona sondra soo sook stacee staci stacia stan stanford starla starr stasia
        stefany steffanie stepanie stephaine stephani stephania stephenie stephine stephnie stevie suanne sudie sueann
        suellen suk sulema sumiko sunday sunni susie susy suzan suzann suzanna suzette suzi suzie suzy sybil syble
        synthia syreeta tabatha tabetha tai taina taisha tajuana takako takisha talia talisha talitha tama tamala
        tamar tamatha tambra tameika tameka tamekia tamela tamera tamesha tamica tamie tamika tamiko tamisha tammara
        tammera tammi tamra tana tandra tandy taneka tanesha tangela tanika tanisha tanna tarah taren tari tarra
        tarsha taryn tashia tashina tasia tatum taunya tawana tawanda tawanna tawna tawnya tayna ted teddy teena tegan
        teisha telma temeka temika tempie tenesha tenisha tennie tennille tera tereasa terese teresia teressa teri
        terica terina terisa terra terresa terrie terrilyn tesha tessie thad thaddeus thalia thelma theola theressa
        theron thersa thomasena thomasina thomasine thora thresa thu thurman thuy tiana tianna tien tiera tierra
        tiesha tifany tiffaney tiffani tiffanie tiffiny tijuana tilda tillie timika timmy tinisha tisa tish tisha
        titus tobi tobie toccara tod toi tomeka tomi tomika tomiko tommie tommye tomoko tona tonda tonette toney toni
        tonie tonisha tonita tonja tora torie torri torrie tosha toshia toshiko tova towanda toya tracee treasa treena
        trena trent trenton tresa tressa tressie treva trey trina trinh trisha trista trudie trudy trula truman tula
        tuyet twana twanda twanna twila twyla tyesha tyisha tynisha tyra tyree tyrell tyron tyson ula ulysses usha
        vada val valarie valda valene valery vallie valorie valrie vanda vanetta vania vanita vanna vannesa vannessa
        vashti vasiliki velda velia vella velma velva venessa venetta venice venita vennie venus veola verdell verdie
        vergie verla verlene verlie verline vern verna vernell vernetta vernia vernice vernie vernita verona versie
        vertie vesta veta vickey vicky victorina viki vikki vinita vinnie violette virgen virgie virgil virgina vita
        vivan vivian vivien vivienne voncile vonda vonnie wai waneta wanetta wanita wava waylon wendell wendi wendie
        wendolyn wenona wes whitley wilber wilbert wilbur wilburn wilda wilford wilfred wilhelmina wilhemina willa
        willard willena willene willetta willette willia willian williemae willodean wilmer wilton winford winfred
        winifred winnie winnifred winona winston wonda woodrow wynell wynona xochitl yadira yaeko yael yahaira yajaira
        yan yanira yasuko yee yelena yer yessenia yetta yevette yolande yolando yolonda yoshie youlanda yuette yukiko
        yulanda yun yung yuonne yuriko yvone zachery zack zackary zada zana zandra zane zelda zella zelma zena zenaida
        zenia zenobia zetta zina zoila zona zonia zora zula zulema zulma
        """
    static let censusSurnames = """
        aarons aaronson aasen abadi abadie abair abalos abarca abare abasta abbamonte abbate abbe abboud abdalla
        abdallah abdo abdulla abee abeita abelar abele abell abels abelson aber abercrombie aberle abernathy abernethy
        abeyta abila ables abner abney abplanalp abrahams abrahamson abramowitz abrams abramson abrev abron absher
        abshire abston abt abundis aburto accardi accetta acebedo aceto aceuedo aceves acey achenbach acheson achord
        achorn acker ackerley ackerman ackerson ackles ackley acklin ackman acoba acoff acord acquaviva acree acton
        acuff acy adair adamczyk adamek adames adami adamski adamson aday adcock adcox addair addams addario adderley
        adderly addington addis addison addy adelman adelson aden ader aderholt adger adkerson adkinson adkison
        adkisson adley admas adolphsen adolphson adorno adragna aegerter aeschliman afanador agan agard agbayani agee
        agena ager agin agler agosta agosto agramonte agron agtarap aguas agudelo aguero aguiar aguillard aguillon
        aguinaga aguinaldo aguiniga agular aguon ahart ahl ahlers ahlgren ahlquist ahlstrom ahner aho ahrendt ahrens
        ahumada ahuna aichele aiello aigner aiken aikens aikin aikins ainsley ainslie ainsworth airhart aispuro
        aitchison aitken akana akbar ake aker akerley akers akerson akey akins akiyama akridge alaimo alam alameda
        alamillo alaniz alatorre albanese albarado albarran albaugh albee alber alberson alberti alberts albertsen
        albertson alberty albright albritton albro albury albus alcina alcocer alcock alcon alcorn alcorta alcoser
        alcott aldaco aldana aldape alday alderete alderson aldinger aldred aldrete aldridge aleem alejandre alejos
        aleo alequin alers aleshire alessi alewine alexopoulos aley alfano alford alfrey algarin alger alicea aliff
        alioto alire alkire allah allaire allaway allbee allbright allbritton alldredge allebach allee alleman allende
        allender allensworth allers alles alleyne allgeier allgood alli alligood allin allinder alling allington
        allman allmon allmond alloway allred alls allsbrook allshouse allsop allsup allums alm almada almaguer
        almanzar almendarez almodovar almon almquist almy aloi alongi alosa alpaugh alper alpert alphin alred
        alsobrook alsop alspach alspaugh alston alsup altenburg altenhofen alteri althaus althoff althouse altier
        altieri altizer altman altmann altom altomari altschuler alumbaugh alvardo alvarenga alvares alvear alvelo
        alveraz alverez alverson alvey alvidrez alvino alvis alvord alward aly alzate amadon amaker aman amann amante
        amar amaral amarante amari amarillas amavisca amberg ambler ambriz ambrosino amburgey amburn amedee amell
        amendola ament amer amerine amerman amero amerson ames amesquita amey amezcua amezquita amick amidon amiri
        amis amison ammann ammerman ammon ammons amo amodeo amon amore amorim amoroso amrhein amsden amsler amster
        amstutz amundsen amundson amweg amyx ancheta anchondo ancona anderman andersson anderton andes anding andino
        andrada andras andreasen andrepont andresen andress andros andrus andry andrzejewski andujar anello anfinson
        ang ange angelini angell angelle angelos angelucci angert angevine anglen anglin angstadt ankeny anker ankney
        ankrom annan ansari ansell ansley anson anspach anstett anstey anstine antal antczak anthis antilla antle
        antley antos antrim antunes anwar anzaldua anzalone apel apgar apicella aplin apo appel appelbaum appell
        apperson applebaum applebee appleberry appleby applegate appleman appleton applewhite applin appling apuzzo
        aquilar aquilino aquirre arai araiza arakaki arakawa araki arambula arango arant arata araya arbaugh arbeiter
        arbogast arboleda arbour arbuckle arcand arcement arceneaux arceo archambault archambeault archbold archey
        archibald archibeque archila archuletta arciniega arcuri ard ardito ardoin ardon ardrey arduini arebalo
        arechiga arehart arel arend arends arendt arenz arevalos arey argentieri argo arguelles argueta argust arico
        ariola arispe arita arizmendi arledge armagost armbruster armendarez armentrout armer armes armijo armistead
        armitage armond armour armstead armstong armwood arn arnall arner arneson arnett arney arnhold arnone arnot
        arnott arnow arnwine aro arocha arocho aronoff aronowitz aronson arp arpin arquette arrambide arras arreaga
        arreguin arrellano arrendondo arrey arrigo arrington arriola arrowood arrowsmith arruda arsenault arseneau
        artega arter arterberry arterburn artiaga artiles artis artman artrip artz arvelo arvidson arvie arvin arviso
        arvizo arvizu arwood ary arzate arzola asaro asay asbell asberry asbill asbury ascencio aschenbrenner ascher
        asencio ashalintubbi ashbaugh ashbrook ashburn ashby ashcraft ashcroft asher ashford ashland ashline ashlock
        ashmore ashurst ashwell ashworth askey askin askins askren aslett aslinger asmar asmus asmussen asper asselin
        astin astle aston astorga astudillo atchinson atchley aten atencio ater ates atha athens atherton athey
        atilano atkin atkison atnip attaway atteberry attebery atterberry atterbury attwood atwater atwell atwill
        atwood aube aubin aubuchon auclair aucoin audet audette audia auer auerbach augsburger augustyn auila auld
        ault aultman auman aumick aumiller aune aungst aurand ausburn ausherman auslander ausmus aust austell auston
        auten authement autin auton autrey autry auvil auxier auyeung auzenne avallone avans avant avants avelar
        avelino avellaneda avendano avent avera averett averette averill averitt aversa avey avilez avilla avina
        avitia awad awalt awong axelrod axelson axford axley axtell axton ayars aybar aycock ayer aylesworth ayling
        aylor aymond ayon ayotte ayres azar azim baade baba babb babbitt babcock baber babiarz babich babin babineau
        babineaux babington babst bacchus baccus bach bachand bachelder bacher bachicha bachman bachner bachus backes
        backhaus backlund backman backstrom backus bacote badalamenti badeaux baden bader badgett badgley badilla
        badon badura bady bae baehr baer bagby bagdon bagen bagg baggett baggott baggs baginski bagley bagnall bagnell
        bagwell baham bahe baier baik bailer bailes baillargeon baillie bailon baily bain bainbridge baine baines
        bainter bair baires bairos baisden baisley baity baiz bak bakewell bakke bakken bakley bakos balas balboa
        balbuena balcazar balch balcom baldauf balderama balderrama balderson baldi baldon baldonado baldree baldridge
        balducci baldus balentine baley balfour balicki balint balis balistreri balkcom balke ballam ballance
        ballantine ballantyne ballas balle ballengee ballenger ballentine ballerini ballew balleza balli balliet
        balliew ballin ballinger ballou ballow ballweg balmer balog balogh balon balsamo balser balsley baltazar
        baltes balthazor baltierra baltimore baltodano baltrip baltz baltzell balzano balzer bamber bamberger bamburg
        bame bamford banach banas banaszak bancroft banda banegas baney banfield bangert banh bankes bankhead bankston
        bannerman banta banton banvelos baptista baptiste bara barahona barak baran baranowski baratta barbagallo
        barbaro barbeau barbee barberio barbieri barbour barboza barcenas barcia barclay barclift barcomb barcus
        barden bardin bardo bardsley bardwell barefield barett barfield barfoot barga bargas barger bargo barham
        barhorst baril barile barillas barish barkan barkett barkley barkman barko barksdale barlett barletta barlowe
        barmore barna barnaba barnaby barnard barnas barner barnet barnette barnhardt barnhart barnhill barnhouse
        barnum barnwell barocio barone baroni baros barra barras barratt barreiro barrell barrentine barreras barret
        barretta barrick barrientes barrientez barriere barringer barrington barris barritt barrs barrus barsch barsh
        barsky barstow barta bartee bartel bartell bartelt barthel bartholomew bartholow bartkowiak bartkowski bartle
        bartlebaugh bartles bartleson bartling bartlow bartman bartmess barto bartol bartolini bartolo bartolotta
        bartone bartos bartoszek bartow bartram bartsch bartz barwick basa basaldua basch basco bascom bascombe basden
        basel basey basford basham bashaw bashir bashore basile basinger baskerville baskett baskette baskin baskins
        basler basnett basnight basom basque basquez bassett bassham bassin bassler basta bastarache bastidas bastien
        bastin baston basye batchelder batchelor batdorf bateman bateson batey batie batiste batiz batman bator batres
        batson batt battersby battershell batterton battey battie battin battista battiste batton batts baty batz
        bauch baucom bauder baudoin baugh baugher baughman baughn baugus bauman baumann baumbach baumeister baumer
        baumert baumgardner baumgart baumgarten baumgartner baur baus bausch bautch bavaro baver bawek bax baxendale
        baxley bayard bayer bayerl bayes bayles bayless bayley baylis bayliss baylon baylor baymon baynard bayne
        baynes baysinger bazaldua bazan baze bazemore bazile bazzell beacham beachler beachum beachy beadle beadles
        beahm beaird beal bealer beall beals beaman beamer beamish beamon beanblossom beane bearce bearden beardsley
        bearse beas beason beaston beaton beaty beaubien beauchamp beauchemin beauchesne beaudet beaudette beaudin
        beaudoin beaudreau beaudry beauford beaufort beaulieu beaupre beauregard beausoleil beauvais beaven beazer
        beazley bebee bebout becenti becerril bechard becher bechler bechtel bechtol bechtold beckel beckerman beckert
        beckett beckford beckham beckim beckler beckles beckley beckman beckner beckstead beckstrom beckwith becnel
        becraft becton bedard beddingfield bedell bedford bedgood bedingfield bednar bednarczyk bednarski bednarz
        bedolla bedoya bedsole bedwell beebe beecham beecher beecroft beede beedle beedy beegle beehler beeks beeler
        beem beeman beene beerman beery beesley beeson begay begaye begeman behar behler behling behm behn behne
        behnke behr behrend behrends behrendt behrens behringer behrman beichner beighley beil beiler beilke bein
        beisel beisner beitz bejar bekker belair beland belanger belcher belden belding belew belfield belfiore
        belflower belford belgarde belgrave belin belisle beliveau belizaire belk belknap bellah bellamy belland
        bellanger bellantoni bellany bellard belleau bellefeuille beller bellerose bellew belli bellin bellinger
        bellino bellis belliveau bellman bellomo bellomy bellon bellone belmont belnap belote belser belson beltrami
        beltre beltz belue belville belvin belvins belz belzer beman bembry bement bemis benally benbow bencivenga
        bencomo benda bendel bendickson bendixen benefiel benefield benes benesch benesh benevento benevides benfer
        benfield benford benge bengston bengtson benham benites benne bennefield benner bennette bennetts benning
        benninger benningfield bennington beno benoff bensch bensen benshoof bensinger bensley bensman bentler bently
        bentz benware benway benz benzel benzing bequette beran berard berardi berber berberich bercier berenbaum
        berens berent beres bergan bergdoll berge bergeron bergerson bergeson bergevin bergey bergfeld berggren
        berglund bergman bergmann bergner bergquist bergren bergstresser bergstrom beringer berk berke berkebile
        berkeley berkey berkheimer berkley berkman berkowitz berkshire berland berlanga berlin berliner berman bermea
        bermeo bermudes bern bernacchi bernardez berner bernet bernett bernhardt berning berns bernskoetter bernstein
        bero berquist berra berrett berrey berrian berrier berryhill berryman berson bertelsen berthiaume berti
        bertini bertino bertolini bertolino bertone bertsch bertucci berube berumen berwick besaw besecker beshears
        besse besser bessette bessey bessler bester betances betancur bethea bethell bethers bethke bethune betker
        bettcher bettencourt betterton bettes bettinger bettis bettle betton betts betz beumer beus beutler bevacqua
        bevans bevard bevens bever beveridge beverlin bevers bevil bevill beville bevington bevins bevis bewley bey
        beyers bezanson bezio biagioni bialaszewski bialek bianco bibb bibbins bibbs bibby bibeau bibee bibler biby
        bice bichrest bick bickel bickerstaff bickett bickford bickham bickle bickley bicknell biddinger biddix biddle
        bidlack bidwell bieber biederman biehl biehle bieker biel biele bielecki biello bielski bieniek bierbaum
        bierce bieri bierman biermann biery biffle bigbee bigby bigelow biggers biggerstaff biggins biggs bigham
        bigler bigley bilagody bilbo bilbrey bilbro bilby bilderback biles bilger biller billick billingslea
        billingsley billingsly billington billiot billips billman billups bilodeau bilotta bilski biltz bilyeu binette
        binford bing bingaman binger bingham bingman binion binkley binkowski binney binns biondi biondo biondolillo
        birchard bircher birchfield birchler birden birdin birdow birdsall birdsell birdsong birdwell birge birk
        birkett birkhead birkholz birkland birks birney biro biron biros birt bisbee bisceglia bischof bischoff biscoe
        bise bish bisignano biss bissell bisset bissett bissette bisson bissonette bissonnette bistline bitner
        bitterman bittick bitting bittinger bittle bittner bitton bivens bivins bivona bixby bixler bizier bizzell
        bjelland bjerke bjork bjorklund bjorkman bjornson bjornstad blackerby blackford blackledge blackley blacklock
        blackman blackmer blackmon blackmore blackshear blacksher blackshire blackstock blackston blackstone
        blackwater blackwelder blackwood bladen blagg blaha blahnik blain blais blaisdell blaise blakeley blakely
        blakeman blakemore blakeney blaker blakes blakeslee blakesley blakey blakley blakney blalock blan blanchette
        blanck blandford blanding blandon blane blaney blanford blanke blankenbaker blankenburg blankinship blann
        blansett blanton blaschke blaser blash blasingame blasini blasko blass blassingame blatt blatter blattner
        blatz blau blauser blauvelt blay blaylock blazek blazier blea bleakley bleau bleazard blecha bledsoe bleich
        blessinger blewett bley blick blickenstaff bligen blinn blish blissett bliven blocher blocker blodgett blohm
        blomberg blomgren blomquist blondin bloodsaw bloodworth bloomberg bloomfield bloomquist blose bloss blosser
        blough blouin blount blowe bloxham bloxom bloyd blubaugh bluford bluhm bluitt blum blumberg blume blumenfeld
        blumenthal blumer blumstein blundell blunk blurton blust bluth bly blye blystone boan boardman boatner
        boatright boatwright bobadilla bobb bobbitt bober bobo bobrow bocanegra bochenek bockelman bockman bockoven
        bodden boddie boddy boden bodenhamer bodenschatz bodie bodiford bodine bodle bodnar bodner boe boeck boedeker
        boeding boehlke boehm boehman boehme boehmer boeke boelter boemer boen boerger boerner boersma boes boesch
        boese boettcher boettger boeve bogacz bogar bogard bogardus bogart bogdon bogen boger bogert boggan boggess
        boggs bogle bogner bogue bohanan bohannan bohannon bohanon bohl bohland bohlen bohler bohling bohlmann bohm
        bohman bohn bohne bohner bohnert bohnsack bohon bohr bohrer boice boise boisse boissonneault boisvert boivin
        bojko bojorquez bolan bolden bolding bolds boldt bolduc boldue bolen bolenbaugh bolender boler bolerjack
        boleware boley bolick bolin boling bolinger bolivar bolland boller bolles bollig bollin bolling bollinger
        bollman bolman bolte bolten bolter boltz bolyard bolz boman bomar bomba bomberger bomgardner bommarito bon
        bonacci bonam bonaparte bonavita bondi bondurant bondy bonebrake bonelli bonenfant bonetti bonfield bonfiglio
        bongiovanni bonham bonhomme boni boniello bonin bonk bonn bonnell bonnett bonnette bonneville bonney bono
        bonsall bonser bonsignore bontrager bonura booe booher bookman bookout boomer boomershine boomhower boonstra
        boose boothby boothe bopp borba borchardt borchers borchert borda bordeau bordelon borden bordner bordonaro
        borek borel borelli borello boren borey borg borge borgen borger borgeson borgman borgmann borgmeyer borjas
        bork borkholder borkowski bormann borneman bornstein boroff boros borowski borquez borrelli borrero borror
        borst borth borthwick bortle bortner borton bortz borucki boruff borum borunda borup bosak bosarge boschee
        boschert bosco boseman boser boshart boshears bosket bosler bosley bosma boso bosque bossard bosse bosserman
        bossert bosshart bossie bost boster bostian bostic bostick bostock bostrom bostwick boswell bosworth botelho
        bothe bothwell botkin botsford bott bottenfield botti botting bottomley bottorff botts bouche bouck boudreau
        bouffard boughner boughton bougie bouie bouillion bouknight boulden bouldin bouley boulter boulton boulware
        bouman bourassa bourbeau bourdeau bourg bourgault bourget bourgoin bourland bourn bourne bourque bourquin
        bouska bouthot bouton boutte boutwell bouwens bouyer bove bovee bovell bowden bowdish bowdoin bowdry bowens
        bowerman bowersox bowes bowie bowker bowland bowlby bowley bowlin bown bowne bowser bowsher bowyer boxley boxx
        boyden boydston boydstun boye boyea boyers boyes boyett boyette boyington boykin boykins boyko boyland boyles
        boynton boysen boyster boyter boyton boyum boza bozarth boze bozek bozell bozeman braaten braatz brabant
        brabham bracamonte bracco bracero bracewell bracey brack brackeen brackenridge brackens brackett brackin
        brackins brackman brackney bracy bradberry bradburn bradbury braddock braddy bradeen braden brader bradfield
        bradham bradish bradsher bradstreet bradt bradway bradwell brafford braga bragan bragdon brager bragg braggs
        braham brailsford brainard brainerd braithwaite brakebill brakefield braley braman brambila bramblett brame
        bramer bramhall bramlett brammer bramon bramwell branam branaman branan branche branco brandel brandenberger
        brandenburg brandes brandewie brandis brandl brandow brandstetter branham branigan brann brannan brannen
        branner brannigan branning brannock brannon brannum branscome branscum bransford branson branstetter brantley
        brantner branton branum brasch brase brasel brasfield brashear brashears brashier brasier brasil brassard
        brasseaux brassell brassfield braswell bratcher brathwaite bratt bratten bratton braud brauer brault brauner
        braunstein brautigam braverman brawley brawner braxton brayboy brayman brayton braz brazan brazeal brazeau
        brazee brazel brazell brazelton braziel brazile brazzell breakey breakfield breau breault breaux breazeale
        brecht breck breckenridge breda brede bredesen bredeson breece breeden breedlove breedon breeland breer breese
        bregman brehm brehmer breiner breit breitenbach breitenstein breitling brekke breland bremer bremmer bremner
        brendel brendle breneman brenes brennecke brenneman brennen brenner breon brereton brescia bresee bresett
        breshears bresler bresnahan bressler bretz breuer breunig brevard brewington brewster brewton brey breyer
        brezinski briant bribiesca briceno bricker brickey brickhouse brickley brickman brickner brideau bridgeforth
        bridgeman bridger bridgers bridgewater bridgham bridgman bridgmon bridwell brierly briese brigance briganti
        brigham brightman brighton brightwell brigman brigmond brignac briles briley brillhart brimage brimer brimhall
        brimm brimmer brin brindisi brindle brindley brinegar briner briney brining brinker brinkerhoff brinkley
        brinkman brinkmann brinn brinsfield brinson brinton brion brisbin brisbois brisbon brisco briscoe briski
        brislin brison brissette brisson brister bristol bristow brite brittain brittan britten brittenham brittian
        brittingham britto britton brixey brizendine bro broadbent broaddus broadfoot broadhead broadhurst broadnax
        broadus broadwater broadway broadwell broady broberg brobst brocato broce brochu brocious brockett brockington
        brockman brockmann brockmeyer brocks brockway brockwell brodbeck brode broder brodersen broderson brodeur
        brodie brodmerkel brodnax brodsky brodt broe broeckel broerman brogden brogdon brokaw broman bromberg bromley
        broner brong bronk bronner bronson bronstein brooker brookhart brookins brookman brookover brookshire broome
        broomfield brose brosius brosky brosnahan bross brossard brost brostrom broten brotherton brott brotzman
        brough brougham broughton brouhard brouillard brouillette brouk brouse brousseau browder brower brownell
        brownfield brownlee brownlow brownson brownstein broxton broyles broz brubaker brubeck bruch bruck brucker
        bruckman bruckner brueckner brueggeman brueggemann bruemmer bruening bruff brugger brugh brugnoli bruhn
        brumback brumbaugh brumbelow brumer brumett brumfield brumit brumley brumm brummel brummer brummet brummett
        brummitt brummond brumsey brundage brundidge brundige brune brunell brunelle bruner brunett brunetti bruney
        brungardt bruning brunjes brunk brunke brunkhorst brunn brunner bruns brunson brunton bruso bruss brust brutus
        brwon bryand bryd bryden bryer brymer bryne bryner brzezinski brzozowski buban bubb bublitz buccellato bucci
        buchan buchannon buchanon bucher buchheit buchholtz buchler buchman buchmann buchner bucholtz bucholz buchta
        buchwald bucio buckalew buckbee buckelew bucker buckhalter buckhannon buckholz buckingham buckland bucklew
        bucklin buckman buckmaster buckner bucko buckson buckwalter bucy buczek buczkowski buda budde budlong budnick
        budniewski budzinski bueche buechler buechner buehler buel buell buelow buenrostro buentello buescher buesing
        buettner buffaloe buffey buffington buffkin bufford buffum bufkin bugarin bugbee bugg buggs bugos buhl buhler
        buhr buhrman buice buie buis buist buitron buker bukowski bulfer bulger bulkley bullard bulle bullen buller
        bullington bullins bullis bulloch bulluck bulman bulmer bulow bulson bulter bultman bumbalough bumbrey
        bumgardner bumgarner bumpus bunce bunde bundick bundren bundrick bundy bungard bunge bunger bunke bunkley bunn
        bunnell bunner bunning bunselmeyer bunte buntin bunton bunyard buono buonocore bupp buras burbach burback
        burbage burbank burbidge burbridge burcham burchard burchell burchett burchette burchfield burciaga burd burda
        burdett burdette burdge burdick burdine burditt burdo burell buresh burfield burford burgamy burgan burgard
        burgdorf burge burgener burges burgeson burget burgett burggraf burghardt burghart burgin burgio burgman burgo
        burgoon burgoyne buri burk burkart burkes burket burkett burkey burkhalter burkhart burkhead burkholder burkle
        burkley burks burleigh burleson burlew burley burling burlingame burlison burman burmeister burnam burnell
        burnes burnette burney burnham burnley burnside burnworth burow burpee burpo burrage burrell burres burress
        burrier burrill burris burriss burritt burrough burroughs burrowes burruel burrus burruss burry burse bursey
        burson burstein burtch burtenshaw burtle burtner burts burtt burwell busbee busbey buscemi busch buscher
        buschman buschmann buse buser busey bushard bushaw bushee bushell bushey bushnell bushong bushway busick buske
        buskey buskirk busler bussard busse bussell bussey bussiere bustillo bustillos buswell butchko bute buteau
        butera buterbaugh buth butkovich butner buttars butterbaugh butterfield butterworth buttler buttner buttram
        buttrey buttry butz buxton buzard buzbee buzzell buzzelli byam byard byars byas bybee byer byerley byerly
        byers byfield byford byham byington bykowski byler bylsma bynoe bynum byram byrant byrge byrn byrns byrom
        byrum byun caba cabaniss cabbell cabe cabell cabiness cabot cabral cabrales cacace cacciatore cacciotti cacho
        cada caddell cadieux cadigan cadiz cadle cadorette cadotte cadwallader cadwell cady caesar cafaro caffee
        caffey caggiano cagle cagley cahall cahn cahoon caiazzo caicedo cail caillouet caines cairo caison cajigas
        calabrese calabria calabro calahan calaway calbert calcagni calcagno calcaterra calcote calder calderin
        calderone calderwood cale calender calero cales caley calfee calhoon cali caliendo califano caligiuri calise
        calixte calkin calkins callaham callas callaway calle callejas callejo callen callender callery calles calley
        callicoat callier callihan callis callison callister calloway calmes calnan calo calton calvert calvery calvi
        calzado camarena cambareri cambell camberos cambra cambre cambria cambridge cambron camburn camden camero
        caminiti camire cammack cammon campa campagna campana campanaro campanelli campas campeau campfield campion
        campione campisi campoverde campuzano camuso canaday canady canale canby canchola cancro candanoza candia
        candler canedo canedy canela canevari canez canfield cangelosi canino canipe canizales cann cannaday cannady
        cannata cannella canney cansler cantara canterbury cantey cantin cantley cantrelle cantres canty canup
        caouette capaldi capasso capece capehart capel capell capella capellan capello capen caperton capetillo capito
        caplan caple caples caplin caplinger capo capobianco capoccia capote capozzi capozzoli capp cappas cappel
        cappello cappiello cappola capps capra caprio capron capshaw capuano caputo carabajal carabello caradine
        carasco caravella caraveo carbaugh carberry carbin carbonaro carbone carboni carbonneau carcamo carcia
        cardamone cardella cardello carden carder cardiel cardillo cardin cardinale cardon cardone cardoza cardozo
        cardwell carew cargile cargill cargle carias carico carignan carillo carini carino carithers carlberg carle
        carlen carlile carlino carlisle carll carlock carlon carlow carlozzi carls carlsen carlucci carlyle carmack
        carmean carmer carmichael carmicheal carmony carmouche carn carnahan carneal carnegie carnell carner carnes
        carnevale carnley carns carollo carone carothers carpentieri carper carpino carr carra carrales carranco
        carrara carrasquillo carraway carreira carreiro carrell carrick carrico carriere carriger carrington
        carrithers carrizales carron carrow carroway carrozza carruth carruthers carse carstarphen carstens carstensen
        carswell carta cartagena carte cartee carthen cartier cartledge cartlidge cartmell cartmill caruana caruthers
        carvell carwell carwile casada casados casady casali casaus casavant casazza cascio casdorph casebeer casebolt
        casella caseres cashin cashion cashwell casiano casias casimir casimiro caskey casler casner caso cason
        caspers casperson cass cassady cassano cassel cassell cassella casselman cassese casseus cassinelli cassity
        casson cassone castagna castaldi castaldo castanedo castano castanon casteel castellano castellon castenada
        casteneda casterline castiglia castile castille castilleja castillon castine castleberry castlen castner casto
        caston castonguay castorena castrejon castrellon castruita caswell cataldo catalfamo catanese catania
        catanzarite catanzaro cate cates cathcart cather catledge catlett catlin catoe caton catron catt catto cauble
        caudell caudill caudillo caudle cauffman caufield caughey caughman caul caulder caulkins causby causey cauthen
        cavagnaro cavalero cavaliere cavalieri cavallaro cavallo cavanaugh cavender caver caverly cavin caviness
        cavins cavitt cavness cawood cawthon cawthorn cawthorne caya cayer caylor cayton caywood cazarez cearley
        ceasar ceaser cebula ceccarelli cecchini cecena cecere cedano cedeno cefalu cejka celaya celedon celestin
        celis cella cellini cena cendejas ceniceros cepero cephas cephus cerbone cercone cermak cerna cerniglia cerny
        ceron cerra cerrato cerreta cerritos cerrone cerulli cerullo cervenka cervone cesa cesario cesena cessna
        cevallos cha chabolla chabot chace chachere chadbourne chadburn chadd chadwell chaffee chaffin chaffins chafin
        chagnon chagolla chagoya chai chaidez chaires chairez chaisson chait chalfant chalifour chalker challis
        chalmers chaloux chamberland chamberlin chamblee chambless chamblin chambliss chamlee chamness champine
        champlin champney chancey channell chapdelaine chapell chapin chaplin chappel chappell chappelle chapple
        chaput charboneau charbonneau chard charest charette charland charlebois charleston charlesworth charlot
        charney charron chartrand chason chasse chastain chasteen chatelain chatfield chatham chatman chatmon
        chatterton chattin chauez chausse chavarin chavera chavers chavira chavis chavous che chea cheadle cheatam
        cheatham cheatom cheatwood chee cheeseman cheesman cheetham cheever cheirs chenail chenard chenault chenevert
        cheney chenier chennault chenoweth cheramie cherico cherne cherney chesbro cheshire chesley cheslock chesney
        chesnut chesnutt chesser chesson cheung chevere chevez chewning cheyne chiang chiarello chiarini chiasson
        chica chichester chickering chicoine chidester chieffo chien chilcote chilcott chilcutt childers childress
        childs chillemi chilson chilton chinn chiodo chiou chipley chipman chipps chirico chisholm chisler chisley
        chism chisolm chisom chisum chittenden chittick chittum chitty chitwood chiu chivers chmiel chmielewski chmura
        choat choate choe choiniere chojnacki cholewa chon choquette chou chouinard choy chrest chrisco chrisman
        chrisp christ christain christenberry christenson christiano christians christiansen christianson christion
        christley christman christmas christner christo christoff christofferse christofferso christon christopherso
        chronister chrostowski chrysler chrzanowski chua chuang chubb chumbley chumley chunn chupp churchill
        churchwell chynoweth ciampa cianci ciancio cicalese cicciarelli ciccone cicero cichon cichy cienfuegos
        ciesielski ciesla cieslak cifaldi cilley cimino cimmino cina cincotta cioffi ciotti cipriani ciriello
        cirigliano cirilo cisco cissell cistrunk citino ciulla claar clabaugh claborn clabough claeys claflin clagg
        claggett clagon claiborne clairday clairmont clampitt clance clancey clanton clapham clapp clardy clarida
        clarkin clarkson claro clary clasen classen clatterbuck claunch clausen clausi clausing clauson clauss
        claussen clavette clawson claxton clayborn clayborne claybrook claybrooks claycomb claypool claypoole clayson
        claytor claywell cleavenger cleek clegg cleghorn cleland clelland clem clemans clementi clemmer clemmons
        clemon clemons clendenin clendening clendenon clepper clermont clevenger clevinger clewis cliburn clickner
        cliett clift climer clinard clines clingan clinger clingerman clingman clinkenbeard clinkscales clippard
        clodfelter cloer clogston cloninger clonts clontz clopper clopton clore closson clough clouse clouser cloutier
        clow clowdus clower clowers clowney cloyd clubb cluff clugston clukey clum clute clutts clyburn clymer clyne
        coache coad coale coan coard coate coatney coaxum cobbett cobbins cobbley cobbs coberly cobey cobian coble
        coblentz cobler coburn coby cocco cochrane cochrum cockayne cockburn cocke cockerham cockett cocklin cockrell
        cockrill cockrum coco coday codd coddington coder coderre coe coelho cofer coffelt coffie coffield coffman
        cofield cogar cogburn cogdell cogdill coger coggin coggins coghill coghlan cogliano cogswell cohan cohee
        cohenour cohill cohn cohoon cohrs coiro coit coker cokley colan colangelo colbath colberg colbert colburn
        colclough coldiron coldren coldwell colegrove colella colen coletti coley colgin collard collelo coller
        collett collings collingsworth collington collingwood collinson collinsworth collis collison colliver collman
        collom collopy collum collyer colman colmenero colombo colone colonna colosimo colpitts colquitt colson
        colston colter coltharp coltrain coltrane colucci columbia colvard colville colvin colwell colyer comacho
        coman combes combest comeau comeaux comiskey comley como compher comstock conant conard conary conatser
        conaway condello conder condict condie condit condra condrey conduff conely conerly coney conforti cong
        congdon conger conigliaro coniglio conkel conkle conklin conkling conlee conlin connally connely conners
        connett conniff connon conover consalvo consiglio consolini constante constantine constantino conteras contini
        contos convery conyer conyers conzemius cookingham cooksey cookson coolbaugh coolidge coombe coombes coombs
        coomer coomes coonrod cooperman coopersmith coor cooter coover copas copeman copen copenhaver copher coplan
        copland coplen copley coplin copp coppa coppage coppedge coppin coppinger copple coppock coram corban corbeil
        corbell corbin corbitt corbridge corby corchado cordaro cordeiro corder cordes cordle cordner cordray cordy
        corea corella coria coriell corigliano corker corkill corl corle corlett corlew corman cormier cornelison
        cornett cornette corney cornforth cornish cornman cornwall cornwell coronel corprew corpuz corradino corrao
        correira correll correra corriveau corse corsi corso corson corter cortinas cortright corum corvin corvino
        corwin coryell corzine cosby coscia cosentino cosenza cosey cosio cosner cosper coss cossairt cossette cossey
        costales costanza costas costella coster costilla costillo costilow costin costley costner coston cota cothern
        cothran cothren cothron cotner cotnoir coto cotta cotten cottingham cottle cottman cottone cottrell cottrill
        coty couchman couey coufal coughlin couillard coulombe coulson coulston coulter counce councill courchesne
        cournoyer coursey courson courtemanche courter courtright courville coury cousar cousineau cousino coutee
        couto couts coutts coutu couture couvillion covalt covel covell covelli covello coverdale covin covington
        cowans cowart cowell cowens cowger cowgill cowher cowherd cowie cowles cowman coxon coyan coyt cozad cozart
        cozby crabb crabill crabtree crace cracraft craddock crader crafford crafton crager cragg craghead cragle
        crago craighead crail crain cramer crampton crance crandall crandell crandle craner craney cranfield cranfill
        cranford cranmer cranor cranshaw cranston crapo crary crase cratty craun craver cravey crawshaw craycraft
        crayton creager creagh creasey creasman creason creasy crecelius credle cree creech creeden creegan creekmore
        creekmur creger crego creighton cremeans cremer crenshaw crepeau creque crespin cressey cressman cresswell
        creswell crete crevier creviston cribb cribbs crichlow crichton criddle crider criger crigger crim crimi
        criner crinklaw cripe crippen cripps crisci crisco criscuolo crisler crislip crisman crispin crispino criss
        crissman crist criswell critchfield critchlow critelli crites crittenden crittendon crivello croce crocker
        crocket crockett croff crofford crofoot croft crofton croghan croke croker croley croll cromartie cromer
        cromie cromley crompton cromwell cron cronan croney cronk cronkhite crooker croom crooms cropp cropsey crose
        croskey crosland crosley croslin crossen crossett crossin crossland crossley crosslin crossman crossno crosson
        crosswell crosswhite croston croswell croteau crothers crotts croucher crouse crowden crowder crowell crowl
        crowner crownover crowson crowther croxton croy croyle cruce crudup cruickshank cruikshank crull crum crumbley
        crume crumley crump crumpler crumpton crumrine crunk crupi cruse crusoe crutcher crutchfield crutchley crute
        cruzado cruzan cruze cryer cuadra cuadros cubbage cubero cuccia cudd cuddy cude cudjoe cudney cuello cuen
        cueva cuffee cuffie culberson culbert culbertson culbreath culbreth culkin cullens culler cullers culley
        cullins cullison cullum culotta culp culpepper culton culver culwell cumbee cumberbatch cumberland cumberledge
        cumbie cumbo cummingham cumpston cun cundiff cuneo cung cunniff cunniffe cupit cupp cuppett cupples cupps
        curatolo curbelo curcio curet cureton curfman curington curlee curlin curnow curnutt curnutte curren currence
        currens currey currier currin currington curtiss curtner curto curtsinger cushenberry cushman cusic cusick
        cusimano cusson custer custis cusumano cutcher cutchin cuthbert cuthbertson cutler cutlip cutrell cutrer
        cutright cutsforth cutshall cutshaw cutts cuyler cybart cybulski cygan cypert cypher cyphers cyr czaja
        czajkowski czapla czarnecki czerwinski dabbs dabney dabrowski dacanay dace dacosta dacquel dacruz dacus dadd
        daddario dade daffin daffron dafoe dagen dagenais dagenhart daggett dagley dagostino dahl dahlberg dahle
        dahlem dahlen dahlgren dahlin dahlke dahlman dahlquist dahlstrom dahm dahman dahmen dahmer dahms dahn daigle
        daignault daigneault daigre dail dailey dake dalbec dalbey dalby dalessandro dalessio daley dalin dalke dall
        dallaire dalleva dalley dallman dalman dalpiaz dalrymple daluz dalzell damas damato dambrosi dambrosia
        dambrosio damelio dameron damewood damiani damico damm dammann damore dampier damron dancy dandrea dandridge
        danek danford danforth dangelo dangerfield dangler danials danielsen danielson danis dankert danko danks
        danley dannenberg danner dano danos dansby dansereau dansie dant dantin dantonio dantzler danz danziger danzy
        dao daoust dapolito daquila daquilante darbonne darcangelo dardar darden dardon darensbourg dargie daris
        darity darland darley darlington darnall darner darosa darr darrah darrigo darrington darrow darsey darsow
        darst dartez darty darville dasher dashiell dashnaw dashner dasilva datson dattilo dau daubenspeck daubert
        dauenhauer dauer daughdrill daughtery daughtrey daughtridge daughtry daulton daum dauphinais dauria davalos
        daves davie davilla davisson dawdy dawe dawes dawkins dawley daws dawsey daye dayley dayton dazey dea deak
        deakin deakins dealba deanda deaner deangelis dearborn deardorff dearing dearman dearmas dearmond deary deas
        deason deatherage deaton deats deaver deavers debartolo debelak debell debellis debernardi deberry deblasio
        deblois debnam debo deboer debois debold debolt debonis debord deborde debose debow debrito debruce debruyn
        debus debusk dec decarlo decaro decastro decato decatur decelles decesare dechant dechick decicco deckard
        deckert deckman declue decola decosta decoste decoteau decuir dedeaux dederick dedios dedman dedmon dedrick
        deeb deel deemer deen deering deerman dees deese deeter deets defalco defazio defelice defenbaugh defeo
        defibaugh defilippo defoor deford defore deforge defrancesco defrancisco defranco defrank defreitas degarmo
        degen degenhardt degennaro degeorge degnan degner degraff degraffenreid degraw degreenia degregorio degroat
        degroff degroot deguzman dehaan deharo dehart dehaven deherrera dehmer dehn dehne dehner dehoyos deibel
        deibert deibler deihl deines deininger deitch deitz dejarnett dejarnette dejean dejesus dejohn dejong dejonge
        dejulio dekok dela delacerda delafuente delagarza delahanty delahoussaye delamater delamora delancey deland
        delange delano delany delao delapaz delapena delapp delara delariva delarosa delatorre delatte delaughter
        delaune delavega delawder delbosque delcambre delcastillo delcid delduca delee deleeuw deleo delgiudice
        delgrosso delillo delima delio delira delisi delisle delk delker deller dellinger delman delmonico delmont
        delmonte delnero deloach deloatch deloe deloera deloney delong delorenzo delorey delosantos delosh delosreyes
        delossantos delozier delp delph delpino delpozo delpriore delreal delrio delrosario delsignore deltoro deluca
        delucas delucca delucia deluna delvalle delvecchio delzell demaio demar demarais demaray demarco demaree
        demarest demaria demario demaris demark demars demarsico demartini demartino demary demas demasi dematteo
        demattos demay demayo demby demello demelo dement demeo demeritt demers demery demeter demille deming demko
        demma demmer demming demont demoss demott demoura demps dempster demski demus demuth denard denardi denardo
        denault denbow denby dendy dengler denham denicola deniz denk denker denley denman denmon denn dennard dennen
        denner dennett denney dennie dennison denniston deno denogean denslow densmore denson dente dentler denton
        denzer depalma depaola depaoli depaolo depasquale depaul depaz depew depinto deponte depp deppe deppen
        depriest depue depuy deramus deras derbyshire deremer dering derksen dern deroberts deroche derosa derose
        derosia derosier derossett derouen derouin derr derrickson derrico derrigo derrington derrow derry derryberry
        deruyter dery desalvo desanti desantiago desantis desanto desautels desch deschaine deschamp deschenes
        descoteau descoteaux deserio deshaies deshazer deshazo deshields deshon deshong deshotel desilets desilva
        desimone desir desjardin desjardins deskin deskins deslauriers desmarais desnoyers desormeaux desoto desousa
        desouza despain desper despres desrochers desroches desrosier desrosiers dess destefano detamore determan
        detmer detrick detter dettman detty detweiler detwiler deuel deutsch deutscher devall devalle devargas
        devaughn devaul devault deveau deveaux deveney devenport devens devera devers devilbiss deville devillier
        devinney devino devita devito devivo devoe devore devos devries dewald dewall dewalt dewar dewees deweese
        dewindt dewolf dewolfe dewoody dews deyo deyoe deyoung dezern dezzutti diangelo diaz dibella dibenedetto
        dibernardo dibert dibiase diblasi dicarlo dicello dicerbo dichiara dicicco dicken dickens dickenson dickerman
        dickert dickison dickman dicus didion didomenico didonato didonna diebold dieckman diede diederich diehl diehm
        diekmann diem diemer diener diep dier dierking dierks diers dieterich dietrick difalco difilippo difiore
        difrancesco difranco digangi digby digennaro diggs digiacomo digiovanni digirolamo digman digregorio dilbeck
        dilday dildine dildy dileo dilks dillahunt dillahunty dillard dille dillenbeck diller dilley dilling dillinger
        dillingham dillion dillman dillow dilorenzo dilullo dilworth dimaggio dimaio dimarco dimartino dimatteo
        dimattia dimauro dimeo dimery dimick dimino dimmick dimmitt dimond dimuzio dinapoli dinardi dinardo dinatale
        dingee dinger dinges dingess dingle dingler dingman dingus dinh dinham dinicola diniz dinkel dinkins dinsmore
        dinwiddie diorio dipalma dipaola dipaolo dipasquale diperna dipiazza dipietro direnzo disalvo disandro disanti
        disanto disbrow discher dishaw disher dishman dishner dishon disla dismuke dismukes disney dison distasio
        distefano distin distler ditmore dittberner dittman dittmer dittrich ditullio ditzler dively divens divis
        divito dix dixion dixson dizon doak doan doane dobbs dobek dobles dobos dobrowolski doby dobyns docherty
        dockery dockins dockstader dockter dodds dodgen dodrill dodwell doebler doepke doering doerr doescher doetsch
        doggett dohm dohrmann doi doig doiron doke dokken dolby dolce dolezal dolin dolinger dollard dollinger dollins
        dollison dolloff dolman dolney dolph dolson doman dombeck dombroski dombrosky dombrowski domenick domer domina
        domingue domingues dominquez dominy domke donadio donaghy donahoe donahoo donahue donalson donat donatelli
        donathan donelan donelson doner dones doney donham donis donlan donley donlin donmoyer donner donofrio donoho
        doolin dooling doolittle doonan dople dopp dopson dorado dorais dorantes dorazio dorce dorch dorey dorfman
        dority dorman dorminey dorminy dorn dorner dorough dorrance dorrell dorrough dorsch dorsett dorta dortch
        dorton dorval dosch doshier doss dossantos dossett dossey dostal doster dostie doten dotson dotts doty doubek
        doubleday doucet doucette doud dougal dougan doughtie doung douthit douthitt doutt douville dover doverspike
        dow dowdell dowden dowdle dowe dowell dowler dowless downard downen downie doxey doyal doyel doyon dozal
        dozier draeger drage drager dragoo draheim drakeford dralle drane drapeau draper draughn draughon draves
        drayer drayton drees dreese dreesman dreger dreher dreibelbis dreier dreiling drennen drennon drescher dresel
        dresher dressel drewery drewry drews drexler drey dreyer driggers driggs drinkard drinkwater drinnon driskell
        driskill drolet drost drouillard drouin drovin droz drozd druck drucker drumheller drury dryden drye dsouza
        dubay dubberly dubbs dube dubiel dubin dubinsky duble dublin duboise dubon dubose dubray dubreuil dubrey dubuc
        dubuisson dubuque duby duca ducan ducasse ducey ducharme duchene duchesne ducker duckett ducksworth duckworth
        duclos ducote duda dudas dudash dudding dudek duden dudenhoeffer dudney dudzic duell duenes duenez duer duerr
        duey dufault duffel duffey duffie duffield dufner duford dufrene dufresne dugan dugas dugay duggar dugger
        duggins duguay duhaime duhart duhe duhn duhon dukeman dukette dula dulac dulaney duley dulin dulle dulmage
        dumais dumbleton dumire dumlao dummer dumond dumoulin dunagan dunagin dunavant dunaway dunbar duncanson dundas
        dundon dunfee dungee dungey dungy dunham dunigan dunkel dunkelberger dunker dunkerson dunkin dunkle dunklee
        dunkley dunklin dunlavy dunlop dunmire dunmore dunnam dunneback dunnigan dunnington dunsmore dunson dunstan
        dunston dunton dunwoody dupee duplantis dupler duplessis duppstadt dupras dupree duprey duquette durall durant
        durazo durbin durden dure duren durfee durfey durgan durgin durio durkee durland durling durney durocher duron
        duropan durr durrah durrance durrant durrell durrett durso durst duryea dusek dusenberry dussault dusseault
        dutcher duteau dutil dutra dutremble dutton duvall duwe dux duzan dvorak dwinell dworkin dyar dyches dyck
        dycus dyess dygert dykema dykeman dykstra dyment dymond dynes dysart dyson dziedzic eacret eaddy eades eadie
        eads eady eagan eagar eaglin eaker eakes eakin eakins eakle ealey ealy eames eanes eargle earhart earheart
        earles earley earlywine earnhardt earnshaw earp earwood easler easley eason eastburn eastep easterday
        easterling easterwood eastham eastin eastland eastman eastmond easton eastridge eastwood eatman eatmon ebarb
        ebbert ebel ebeling eber eberhart eberle eberlein eberly ebersole ebinger eble eblen ebling ebner ebright
        ebron eby eccles eccleston echard echavarria echeverri echols eckel eckenrode ecker eckert eckhoff eckler
        eckles eckley ecklund eckman eckstein ecton ector edberg eddinger eddings eddington eddins eddleman edds
        edelen edelman edelson edelstein edenfield edens eder edes edgecomb edgell edgemon edgerly edgerton edgett
        edgin edgington edgley edgmon edick ediger edinger edington edler edlin edling edlund edman edmisten edmiston
        edmonds edmondson edmonson edmonston edmunds edmundson edney edrington edsall edson edstrom eekhoff eells efaw
        effinger effler efird egeland eger egerton egge eggebrecht eggen egger eggers eggleston eggleton egli egner
        egnor eguia ehle ehler ehmann ehrenberg ehret ehrhardt ehrhart ehrlich ehrman ehrmann eich eichberger
        eichelberger eichenberger eichenlaub eicher eichhorn eichinger eichler eichman eichner eichorn eickhoff eide
        eidem eidson eidt eifert eiland eiler eilerman eilers einhorn einstein eis eisele eisen eisenbarth eisenberg
        eisenhart eisenhauer eisenhower eisenman eisenmann eisenstein eisert eisman eisner ekberg ekdahl ekhoff ekker
        eklund ekstrom elam elamin eland elderkin eldred eldredge eldreth eleby elem eley elfrink elgin eliason elie
        elizalde elkin elkington elkins ellard elledge ellefson ellegood ellenberger ellenburg ellender ellenwood
        eller ellerbe ellerbee ellerman ellers ellery ellett elliff elling ellinger ellingson ellingsworth ellington
        ellingwood ellisor elliston ellithorpe ellman ellwanger ellwood ellzey elmendorf elmore elridge elrod elsass
        elsasser elsberry elsea elsen elser elsey elsner elson elston elswick elsworth elvers elwell ely elzey elzy
        emanuele emberton embleton embree embrey embry embury emerick emert emfinger emig emigh emling emmer emmert
        emmick emmons emond empey empson emrich emrick emswiler encinas enciso ender enderle enders endicott endo
        endres endsley enfield enfinger eng engberg engebretsen engebretson engel engelbrecht engelhard engelhardt
        engelke engelking engelman engelmann engen enger engh engle englehardt englehart engleman engler englert
        engles english englund engman engram engstrom enloe enlow ennals eno enochs enos enriguez enriques ensey
        ensley ensminger ensor enstrom enterline entrekin entwistle enyeart enz eoff ephraim epley epling epp epperly
        epperson epping eppinger eppler eppley epps epting erath erazo erbe erben erby erdman erdmann erhart ericksen
        ericson ericsson eriksen erikson eriksson erion erker erlandson erler erne erps errico erskin erskine ertel
        ertl ertle erving erxleben esaw escalera escarcega escareno esch escoto escott escovedo esh eshbaugh eshelman
        eshleman esker eskew eskola eskridge eslick eslinger espe esper espey espiritu espitia esqueda esquer esquilin
        essary essen esser esses essex esslinger essman estabrook estep estepp esterline esterly esteves estill
        estridge etchison etheredge etheridge etherton ethier ethington ethridge etling etsitty etter ettinger etzel
        eubank eubanks eudy euell euler eure eurich eury eustice eutsey eutsler evanoff evanson evatt eveland evensen
        evenson everding everest everhart everitt everly everman eversley eversole everson evert everton evett evins
        evitt ewalt ewart ewell ewen ewert ewin ewings exley exline exner exum eyer eyler eyman eynon eyre ezell
        ezelle ezzell ezzo fabela faber fabiani fabiano facemire facer facey facio fackler fackrell faddis fader faeth
        fagen fager fagg fagin fagundes fahie fahnestock failla fairall fairbairn fairbank fairbanks fairchild
        faircloth fairclough faires fairey fairfax fairfield fairless fairley fairman fairweather faison falbo faler
        fales faletti faley falgoust falgout falke falkenberg falkner falkowski faller fallin fallis falor falzone
        fambro familia fancher fandel fane fanelli fankhauser fann fansler fant fantasia farabaugh farabee farago
        farber farfan fargo farhat faria faries farinas farino farish fariss farkas farler farless farlow farnell
        farner farnes farney farnham farnsworth farnum faron farone farquhar farquharson farr farraj farrand farrar
        farrel farrer farrier farrington farrior farris farrish farro farron farver farwell fasano fasching fasciano
        fason fasone fassett fatula faucett faucette faucher faughn faught faul faulcon faulds faulk faulkenberry
        faulks faunce fauntleroy fausett fausnaught fauver faux fava favela faver favero favre favreau faw fawbush
        fawcett fawley fayne faz fazekas fazenbaker fazio fazzino feagin feagins fearn feaster featherston
        featherstone feazel febres febus fecteau feddersen feder fedler fedrick feemster feggins fegley feher fehr
        fehrenbach feig feiler feimster fein feinberg feiner feingold feinstein feist feit fekete felan felber
        felberbaum felch feld felder feldman feldmann feldstein feldt feliz felker felkins fellers fellman felmlee
        felps felten felter feltman feltmann feltner feltz fencl fenderson fendley fenech fenimore fenley fenn fenner
        fenske fenster fenstermacher fenstermaker fentress fenwick feola ferber ferebee ference ferencz fergerson
        fergusson ferland ferman fernadez fernald ferra ferranti ferraro ferree ferrel ferren ferreri ferri ferrier
        ferriera ferrigno ferrill ferrin ferringer ferro ferron fertig fesler fesperman fessenden fessler festa feth
        fett fetterman fetterolf fettig fetty fetzer feucht feuerstein fewell fiala fiaschetti ficek fichera fichter
        fichtner fick fickel fickes fickett ficklin fickling fidler fiecke fiedler fiegel fielden fiero fierros fifer
        fifield figaro figeroa figg figgins figgs figueira figueiredo figueredo figura fike fikes filer filiault
        filice filipiak filippi filippone filkins fillion fillman fillmore filmore fils filson fimbres finamore
        fincham fincher finchum finck findlay findley fineberg finfrock fini finizio finkbeiner finkel finkelstein
        finkle finklea finlayson finnell finnen finney finnie finnigan fino finton fiore fiorentino fiorenza fiorillo
        fiorini fiorita fiorito fiqueroa firestine firestone firkins firmin firpo fiscalini fisch fischbach fiscus
        fiser fishback fishbein fishburn fishburne fishel fishman fisk fiske fisler fitch fitchett fite fitton fitts
        fitz fitzer fitzhenry fitzhugh fitzloff fitzwater fizer flach flagg flagler flamm flanary flanders flanery
        flanigan flannigan flansburg flatt flaugher flavell fleagle flecha fleckenstein fleegle fleek fleeman fleener
        fleenor fleer fleetwood flegel flegle fleig fleischman fleischmann fleisher fleishman fleitas flemings
        flemister flemming flemons flenniken flesher fleshman flesner fletes flett fleurant flewelling flickinger
        flinchbaugh flinchum flippen flippin flippo fliss flitter flohr flom flook flore florek florey flory flournoy
        fludd fluellen flug fluharty fluitt fluker flury flynt flythe foard fobbs fobes focht fodge fodor foeller
        foerster fogal fogel fogg fogle fogleman foisy foland folden folger folkers folkerts folkes follansbee follett
        follette follis follmer followell folmar folse folsom folson folts foltz folwell fomby fondren fong fonner
        fontana fontanez fontanilla fonte fontes fonville foor foos foose foote foraker forand forbess forbis forbus
        forbush forcier forck fordham fordyce foree forero foresman foret forgey forgione forkey forman formby formica
        forness forney foronda forquer forrester forry forsberg forsgren forshee forshey forsman forst forsyth
        forsythe fortenberry forti fortier fortin fortino fortman fortner fortney fortson fortuna forys fosdick foshee
        foskey fosler foss fosse fossett fossum foston fothergill foti fouch fouche foulds foulger foulk foulke foulks
        fountaine fouse foushee foust fout foutch fouts foutz fowkes fowle fowles fowlkes foxwell foxworth foxx foye
        frady fraga fragale fragoso frahm frailey frain fraire fraise fraizer frakes fraley fralick frampton
        franceschini francese franchi francia francoeur frandsen frankel frankenberry frankhouser franko frankum
        franqui frans fransen franson frantz franzen franzone franzoni frappier frary frasca frasco frase frasher
        frasier frasure frates fratus frausto fravel frayer frazee freas frechette fredenburg fredericks fredericksen
        frederickson fredette fredricks fredrickson freeberg freeborn freeburg freel freeland freels freemon freese
        fregoe fregoso freiberg freier freire freitag fremont frenette frenkel frenz frenzel frescas frese fresquez
        fretwell fretz freudenburg freudenthal freund frew frey freyer freytag friberg frick fricke fricks friday
        friddle fridley fridman friedel frieden friedland friedlander friedly friedrichs friedt frierson friese
        friesen frigo friis friley frilot frink fripp frisbie frisby frisch friscia frisina friske frison fritch frith
        fritsche fritts fritze fritzler frix frizell frizzell froehlich froelich frogge frohman froman fromm fronk
        fruchter fruge frum fruth fryar fryman fucci fudala fuell fuentez fuerst fugate fugitt fugua fuhr fuhrman
        fuhrmann fujimoto fukushima fulbright fulcher fulfer fulford fulgham fulghum fulk fulkerson fulks fullam
        fullbright fullen fullenkamp fullenwider fullerton fullilove fullington fullman fullmer fullwood fulmer
        fulmore fulop fulp fulton fults fultz funari funaro funches funchess funderburg funderburk funderburke funes
        fung funke funkhouser funnell funston fuoco fuqua fuquay furbee furbush furby furfaro furguson furlow furman
        furnari furness furniss furr furst furtado furtick fusaro fuschetto fusco fuselier fusilier fuson fussell
        fuston futch futral futrell fye fyffe fyock gaal gaarder gabbard gabbert gabehart gabel gaber gabler gabourel
        gabrielli gabrielson gaccione gadberry gadbois gadd gaddie gaddis gaddy gadison gadomski gadsden gadson
        gaertner gaeta gaeth gafford gager gagliardo gagne gagner gagnier gagnon gahagan gahr gaier gailes gailey
        gainer gainor gaiser gaither gajewski galang galante galardo galati galaviz galaz galban galbo galbraith
        galbreath galdamez galdi galea galeana galeano galentine galey galgano galicia galindez galipeau gallager
        galland gallatin gallaway galle galles galli gallian gallien galliher gallimore gallina gallion gallman gallow
        gallucci gallup galluzzo galt galusha galyean galyen galyon gama gamache gamage gamber gambill gambino gamblin
        gambrel gambrell gameros gamet gamino gammage gammel gammill gammon gammons gamon gan gandara gandarilla
        gandee gandy ganey gangestad gangi gangl gangwer gann gannaway gano ganoe gans ganser gant ganter gantt gantz
        ganz gapinski garabedian garand garbacz garbarino garber garbett garbo garbutt garceau gard gardea gardella
        gardenhire gardin garduno gareau garett garey garfinkel gargano gargiulo gariepy garlick garling garlington
        garlitz garlock garlow garman garmany garmon garn garneau garnes garney garnica garofalo garon garoutte garr
        garrard garraway garrels garren garretson garrette garrick garrigan garriott garris garrity garron garrott
        garrow garside garson garst garten gartin gartman gartner garton gartrell garver garvie garwood gasaway gasca
        gase gaskamp gaskell gaskill gaskin gaskins gaspard gasper gass gassaway gasser gassert gassett gassman
        gassner gast gatchell gateley gatewood gath gathings gathright gatica gatlin gatling gatson gatti gattis
        gattison gatton gatts gatz gau gaudet gaudette gaudreau gauer gauger gaul gauldin gaulding gaulin gaulke gault
        gaultney gaumer gauna gaunce gauntt gaus gause gaut gauthreaux gautreau gautreaux gauvin gaver gaw gawronski
        gaxiola gayden gaydos gayhart gayler gayles gaylor gayman gaymon gayton gazaway gazda gean gearhart gearheart
        gebert gebhardt gebhart gebo geddes geddie geddis geer geers geesey geeter gehl gehlert gehling gehman gehr
        gehring gehrke geib geibel geier geiger geil geimer geis geise geiselman geiser geisinger geist geitner gelb
        gelber gelinas geller gelman gelormino gemmell gemmill genao genco gendreau gendron genest gengler gennaro
        geno genova genovese genrich gensler genthner gentner gentz georgi georgiou gephardt gephart gerace gerardi
        gerber gerdes gerdts geren gerena gergen gering gerke gerken gerlich gerling germann gernatt gerner gerow
        gerrald gerrard gerringer gerrish gerrity gershman gershon gerson gerst gerstein gersten gerstner gerth
        gertner gertsch gervasi gesell geske gess gessner getchell geter gethers getman getter gettinger gettings
        gettman getty gettys getz geyer ghee gheen ghent ghio gholar gholson gholston ghoston giacomini giambalvo
        giambrone giammarino giampietro giancola giang giard giardina giardino gibb gibbens gibbins gibby gibeault
        giberson gibler giddens giddings gideon gidley gidney giebler giefer gierlach gies giese gieseke giesen
        giesler giessler giffen giffin gifford giglio gigliotti gignac giguere gilbeau gilbertson gilbo gilbreath
        gilbreth gilchrest gilchrist gilcrease gilden gilder gildersleeve gildon gile gilfillan gilford gilham
        gilkerson gilkes gilkey gilkison gillam gilland gillard gillaspie gilleland gillenwater gillespi gillett
        gillette gilley gillham gilliam gillians gilliard gillie gillies gillikin gillim gillin gillingham gillins
        gillison gillispie gillman gillmore gillock gillogly gillon gillum gillyard gilman gilmer gilmour gilpatrick
        gilpin gilreath gilsdorf gilson gilstrap giltner gilyard gimbel gimpel ginder gines gingerich gingras gingrich
        ginn ginsberg ginsburg ginter ginther ginyard gioia giordano giorgi gipe gipson giraldo girardi girardin
        girdler girgis giroir girouard giroux girton gish gisi gisler githens gitlin gittens giuffre giuliani giunta
        givan gizzi glackin gladding gladfelter gladin gladney gladson gladstone gladwin glancy glandon glanton glantz
        glanville glanz glasco glascock glaser glasper glaspie glassco glasscock glasser glassford glassman glatt
        glatz glaude glazer gleason gleaton gleaves gledhill glessner glick glickman glidden glidewell glines glisson
        gloor glor glorioso glosson glotfelty glowacki gluck glueck glymph goates goatley gobeil gobel gober gobert
        gobin goble gochenour godbee godbey godbold godbolt godbout godby godin godina godines goding godlewski godley
        godlove godsey godwin goe goebel goehring goens goergen goering goers goertz goetsch goettl goettle goetz
        goetzinger goewey goffney goforth goggans goggins goguen goh goheen gohr goin goines goins gokey golay
        goldberg goldberger goldblatt goldenberg golder goldfarb goldin goldman goldner goldsberry goldsborough
        goldsby goldschmidt goldson goldston golebiowski goley goliday golightly goll goller golliday golphin golson
        golston goltz golub gomer gonce gondek gonder gongora gonsales gonsalez gonsalves gonser gonsoulin gonyea
        gonyer gonzalas gonzalaz gonzale gonzoles gooch goodale goodall goode goodell gooden goodenough goodenow
        goodermote goodfellow goodin gooding goodlett goodling goodloe goodlow goodner goodnough goodpaster
        goodpasture goodreau goodrich goodridge goodrow goodrum goodsell goodson goodspeed goodwyn goodyear googe
        gookin goold goolsby goosby gooslin goranson gorby gordan gorden gorder gordy gorecki goree gorelick gorgone
        gorin goris gorka gorley gormley gorney gornick gorrell gorski gorsuch gorton gosch gose gosha goshorn gosier
        goslin gosnell gosney goss gossage gossard gosse gosser gossett gossman gostomski gotcher gotham gothard gott
        gotto gottschalk goucher goudeau goudreau goudy gouin goulart gouldsberry goulet goulette goupil gourdine
        gourlay gourley gouveia govan gove govea gover gow gowan gowans gowdy gowen gowens gower gowers gowin gowins
        goya goyette goza grabe graben grabenstein graber grabert grabill grable grabowski grabski gracey graddy
        graden grado graeber graff graffam grafton gragg grahm grahn grainger grajales grajeda grall grames gramlich
        gramling grammer gran grana granada granata granato granberry granda grandberry granderson grandfield
        grandison grandstaff grandy graney granger granier granillo grannis grantham grasser grassl grasty gratton
        gratz grauberger grauer gravatt gravelle gravitt gravley gravois grawe graybeal graybill graydon grayson
        graziani grazier grear greathouse greaver greaves greb greear greeley greenan greenawalt greenbaum greenberg
        greenblatt greenburg greenfield greenhalgh greenhaw greenhill greenidge greenlaw greenleaf greenlee greenley
        greenly greenman greeno greenough greenspan greenstein greenup greenwald greenwall greenwalt greenway
        greenwell greeson gregerson greggs grego gregorich gregson greif greig greiner grell gremillion gremminger
        grenz gresham gress gressett greve grewell grice grider gridley grieb griebel grieco grier gries griesbach
        griese griest griffeth griffey griffie griffieth griffing griffis griffy grigg griggs grignon grigsby grillo
        grimaldi grimaldo grimley grimm grimmett grimshaw grimsley grindle grindstaff griner grinnell grinstead grippo
        grisby grise grisham grismer grissett grissom grisson griswold gritton grivas grizzard grizzell grizzle groat
        grob grobe groce grochowski grode groesbeck groff grogg groh groleau groll groman groner groome groomes
        groover gropp grosch grose groseclose grossberg grosse grossen grossman grossnickle grosso grosvenor grosz
        grothe grotzke groulx grubaugh grubb grubbs grube gruber gruen grullon grund grunden grundman grundy gruner
        grunewald grunow grunwald gruver gruwell gryder guadarrama guan guarisco guarnieri guay guderian gudgel gudger
        gudino gue guebert guel guercio guerette guernsey guerrant guerrera guerrette guerrier guerriero guerro
        guertin guffey gugino gugliuzza guice guida guider guidi guidroz guilbault guilbeau guilbeault guilford guill
        guillemette guilliams guillory guillotte guimond guin guinn guinyard guion guisinger guiterrez guitierrez
        guitterez guizar gula gularte gulbranson gulick gulino gullatt gulledge gullett gullette gullick gullickson
        gullion gullo gulyas gumbs gumm gummer gump gunby gunder gunderman gundersen gunderson gundlach gundrum gundy
        gunia gunkel gunn gunnell gunnells gunnels gunnerson gunnoe guntrum guptill gupton gurganus gurley gurr
        gurrola guse gushiken gusler gusman guss gussman gustafson gustavson gustin guth guthmiller guthridge guthrie
        gutierez gutierres gutirrez gutman gutowski gutshall guttierrez guttman guyer guyette guynes guynn guyton
        guzik guzzi guzzo gwaltney gwin gwinn gwozdz haak haake haakenson haapala haar haas habeck habegger habel
        haber haberkorn haberle haberman habersham habib hachey hackathorn hackbarth hackenberg hackler hackley
        hackman hackshaw hackworth hadaway hadden haddix haddon haddox haden hadfield hadley hadlock hadnot hadnott
        hadsell haecker haefner hafer haff haffey haffner hafford hafley hafner haga hagaman hagans hagar hagberg hage
        hagedorn hagel hageman hagemann hagemeier hagenbuch hagens hager hagerman hagerty haggans hagge haggett
        haggins hagins hagler haglund hagood hagopian hagstrom hague hagwood hagy hahne haider haig haigh haight
        haigler haigwood hain haines hains hairston haislip haith haithcock hajduk hajek hakala hakim halas halasz
        halberg halbert halbrook halcomb haldeman halderman halfacre halford haliburton halko halladay hallam hallberg
        halle hallee hallenbeck haller hallett hallford halliburton halliday halligan halliwell hallman hallock
        halloway hallowell hallstrom hallum halm halper halperin halpern halsell halsey halstead halsted halterman
        haltom halton halverson halvorsen halvorson hamad hamada hamaker hamalainen hamamoto haman hamblen hambleton
        hamblin hambly hambrick hambright hamburg hamby hamdan hamed hameister hamer hamernik hames hamid hamil hamill
        hamiter hamiton hamler hamlett hamlin hamm hammack hammaker hamman hammar hammel hammell hammen hammersley
        hammersmith hammes hammett hammill hammitt hammon hammonds hammons hammontree hamner hamp hampshire hampson
        hamric hamrick hamsher hanan hanberry hanby hance hanchett handel handelman handley hane haner hanes hanford
        haning hanington hanke hankerson hankey hankin hankins hankinson hanlin hanline hann hannaford hannahs
        hannaman hannan hanneman hanner hanney hannibal hanning hannold hannum hanover hansard hanscom hansel hansell
        hanselman hansford hanshaw hansley hanten hanton hanus hanway hanzlik happ happel haralson harari harb harbach
        harbaugh harber harbert harbin harbison harbour harbuck harcrow hardage hardaway hardcastle hardee hardegree
        hardeman hardenbrook hardesty hardge hardie hardimon hardison hardisty hardman hardnett hardrick hardt
        hardwick harewood harford harger hargett hargis hargrave hargraves hargrove hargrow harig haris harjo harju
        harker harkey harkleroad harkless harkness harless harlin harling harlow harman harmer harmsen harn harnage
        harnden harned harner harney harnish harnois harpe harpel harpin harpold harpole harpster harr harrah harrel
        harrelson harren harres harrigan harriger harrill harriman harring harriott harriss harriston harrod harrold
        harrop harryman harsch harshaw harshbarger harshberger harshman harstad harten harter hartfield hartford
        hartgrove harth hartig hartin harting hartis hartje hartl hartlage hartle hartless hartline hartness harton
        hartranft hartsell hartsfield hartshorn hartshorne hartsock hartsoe hartson hartt hartwell hartwick hartz
        hartzell hartzfeld hartzler hartzog harvard harvell harvill harville harvin harvison harward harwell harwood
        hasbrouck hase haselden haselton haskell haskett haskew haskin haskins haslam haslem hasler haslett haslip
        hass hasse hassel hassell hassen hassinger hassler hasson haston haswell hatala hatchell hatcher hatchett
        hathaway hathcock hatheway hathorn hatler hatley hatmaker hatt hattaway hatten hau haubert haubrich hauck
        hauenstein hauer hauff haufler haug hauge haugen hauger haught haughton haugland hauk haun haupert haupt
        hauptman haus hause hauser hausler hausman hausmann hausner havard havel haveman havener haver haverland
        haverly haverstock havey haviland havis havlik hawbaker hawes hawke hawkes hawkin hawkinson hawley hawn
        haworth hawrylak hawthorne haxton hayashida haycraft haydel haydon haye hayek hayford haygood hayhurst hayles
        haylett haymaker hayman haymon haymond hayne hayner haynie hayse hayslett hayslip hayter hayton hayworth hazan
        hazelip hazell hazelrigg hazeltine hazelton hazelwood hazen hazlett hazlewood hazley hazlitt hazzard heacock
        headen headlee headley headrick heald healey heare hearns hearon hearst heasley heaston heathcock
        heatherington heatherly heatley heaton heatwole heavener heavner heavrin hebb hebel heber heberling hebron
        hecht heckard heckart heckathorn heckel heckert heckman heckstall hecox hedberg hedden hedgecock hedgepath
        hedgepeth hedger hedgpeth hedin hedley hedlund hedman hedrick hedstrom heeren heesch heeter heffelfinger
        heffern heffington heffley heffner hefley heflin hefner hefti hege heger hegg hegge heggen heggie hegland
        hegna hegstad hegwood hehn heid heidecker heidel heidelberg heideman heidenreich heider heidler heidrick heidt
        heidtbrink heier heigl heikkinen heil heileman heilig heilman heilmann heim heiman heimann heimbach heimer
        heims heindel heine heinecke heineman heinemann heinen heiney heinlein heins heinsohn heintz heintzelman
        heintzman heinze heinzman heise heiser heisey heishman heisler heiss heister heit heitkamp heitman heitmann
        heitz heitzman helberg helbert helbig helbing helbling heldt helf helfer helfrich helgerson helgeson helget
        helgren helland hellard helle heller hellickson helling hellman hellmann hellums hellyer helman helmer helmers
        helmick helmke helsel helsley helstrom helt helton helvey helwig helzer hembree hemby hemenway heminger
        hemingway hemmen hemmer hemminger hemmings hemmingway hemond hempel hemphill hempstead hemsley hemstreet
        henault hendel hendershot hendershott hendley hendon hendren hendrick hendrickson hendrie hendrixson hendryx
        henegar heng hengst henke henkel henkle henley henline henman henn henne henneman hennemann hennen hennessee
        hennig henninger hennings henningsen hennis henrich henrichs henricks henricksen henrickson henrie henriksen
        henrikson henriques hensel hensen henshaw henslee hensler hentges henthorn henton hentz henwood henze hepburn
        hepfer hepker hepler hepner hepp heppner hepworth herandez herbig herbst hercules herdman herdon herdt
        hereford herford hergert herington hermansen hermanson hermes hermon hermosillo hermsen hern herndon herod
        herold heroux herr herrada herrara herrea herrell herren herrick herriman herrin herrington herriott herrman
        herrod herrold herron hersey hersh hershberger hershey hershman hersman hersom hertel hertenstein herter
        hertlein hertzberg hertzler hertzog hervey herz herzberg herzig herzing herzog heskett hesler hesley heslop
        hessel hesser hessler hessling hesson heston heth hetherington hetrick hettinger hetzel hetzler heuer hevey
        hewes hewett hewey hewins hewlett hewlin heyd heyen heyer heyman heyn heyward heywood hiatt hibbard hibbert
        hibbetts hibbitts hibbler hibbs hibdon hibert hibler hibner hice hickel hickerson hickle hicklin hickmon
        hickok hickox hickson hieb hieber hiebert hiemstra hier hiers hiett higa higbee higby higdon higgenbotham
        higgens higgin higginbotham higginbottom higginson higgs higham highfield highfill highsmith hight hightower
        higley higney higson higuchi higuera hilaire hilbert hilbun hilburn hilchey hild hildebrand hildebrandt
        hildebrant hilden hildenbrand hilderbrand hildreth hile hileman hiler hiles hilgefort hilgendorf hilger hilker
        hillard hille hillebrand hillenbrand hilley hillhouse hilliker hillin hillis hillman hillsman hillwig hillyard
        hillyer hilson hiltner hilty hiltz hilyard himel himes hinch hinchey hinchman hinck hinckley hinderliter
        hindle hindman hine hineline hineman hiner hinerman hinesley hiney hinkel hinkley hinks hinkson hinman hinnant
        hinnenkamp hinojos hinrichs hinshaw hinsley hinson hintz hintze hintzen hinz hinze hinzman hiott hipp hippe
        hippert hipple hippler hipps hipsher hirai hirano hirata hird hirsch hirschfeld hirschman hirsh hirst hirt
        hirth hisaw hiscox hise hiser hisey hisle hislop hitchcock hitchens hitchings hitchman hite hites hitt hittle
        hitz hively hix hixenbaugh hixon hixson hjelm hjort hoadley hoag hoagland hoaglin hoak hoar hoback hobart
        hobaugh hobdy hoberg hobgood hobson hoch hochberg hochman hochmuth hochstatter hochstein hochstetler hockaday
        hockenberry hockensmith hocker hockett hockman hocutt hoda hodak hodapp hodder hodel hodes hodgdon hodgin
        hodgins hodgkins hodgkinson hodo hodsdon hodson hoefer hoefle hoefler hoeft hoehn hoehne hoelscher hoenig
        hoeppner hoerner hoerr hoese hof hofer hoff hoffer hoffert hoffmeister hoffmeyer hoffner hoffpauir hofmeister
        hofstetter hoge hogg hoggan hoggard hoggatt hogge hogle hoglund hogsett hogue hohenstein hohl hohler hohlt
        hohman hohn hoisington hokama hokanson hoke holaday holahan holaway holben holbert holbrook holbrooks holcomb
        holcombe holdaway holdeman holderman holdman holdren holdridge holdsworth holeman holen holford holgate holien
        holifield holiman holl hollabaugh holladay hollandsworth hollar hollars hollaway holle holleman hollen
        hollenbach hollenbeck holleran holliday hollier hollifield holliman hollin hollinger hollingshead
        hollingsworth hollingworth hollister hollman hollmann holloman hollomon hollon holloran hollowell holman
        holmberg holmen holmer holmgren holmon holmquist holms holmstrom holness holoman holquin holsapple holscher
        holsclaw holsey holshouser holsinger holst holste holstein holstine holston holt holte holthaus holtkamp
        holtman holton holts holtsclaw holtz holtzclaw holtzen holtzman holub holyfield holz holzer holzinger holzman
        holzwarth holzworth hom homan homeyer hommel homrich hon honahni honaker honda honea honeycutt honeyestewa
        honeywell honig honn hoobler hooley hoopes hoos hoose hooser hoosier hooten hootman hooton hopewell hopf
        hopgood hopkin hopp hoppe hoppes hopple hopps hopson hopton hopwood horak hord hori horine horiuchi horky
        horman hornak hornback hornbaker hornbeck hornberger hornbuckle horney hornick horning hornsby hornstein
        hornung hornyak horowitz horrell horrigan horsley horsman horstman horstmann horta hortman horvat horvath
        horwitz hosack hosch hosein hosek hosford hosick hosier hoskie hoskin hosking hoskinson hosler hosley hosmer
        hoss hossain hostetler hostetter hotaling hotard hotchkiss hott hottinger hottle hotz houchens houchin
        houchins houck houde houge hougen houghtaling hougland houk houle hounshell houpt housand houseknecht housel
        houseman houser houseworth housey housley housman hout houtchens houtman houtz houze hoven hovermale hovey
        hovis hovland howdyshell hower howerton howery howes howeth howey howie howington howland howle howlett howry
        howse howser howson howton howze hoxie hoy hoye hoyer hoying hoyle hoyte hrbek hruby hruska hsieh hsu hua
        huard hubbell hubbert hubble hubbs huberty hubler hubley hubner huck huckabay huckabee huckaby huckins hucks
        huckstep hudak huddleson huddleston hudec hudgens hudgins hudkins hudman hudnall hudock hudon hudspeth huebner
        hueston huether huett huf huffaker huffer huffine huffines hufford huffstetler huffstutler hufnagel hugar
        huges huggard huggett huggins hughart hughey hughley hughs hughston hugley huguley huie huitt huizar huizenga
        hukill hulbert hulburt hulen hulet hulett hulin huling hulings hullender hullett hullinger hulme hulse hulsey
        hulsizer hulsman hult hultgren hultman hultquist hults humber humbertson humburg hume humes humfeld humiston
        hummel hummell hummer humpal humphery humpherys hund hundley hundt huneke huneycutt hungate hungerford hunkins
        hunley hunn hunnell hunnicutt hunsaker hunsberger hunsicker hunsinger hunsucker hunte huntley hunton huntoon
        huntsberry huntzinger hunziker huot hupp huppert hur hurla hurlbert hurlburt hurlbut hurless hurn huron
        hurrell hursey hursh hurston hurtt hurwitz husby huse huseby huseman huser huskey huskins husman huson huss
        hust husted huston hutchcraft hutchens hutcherson hutcheson hutchin hutching hutchings hutchins huth hutsell
        hutson hutt hutter hutto hutzler huwe hux huxhold huxtable huyser hyatt hyche hyden hyder hydrick hyer hyldahl
        hyler hylton hymas hymel hymer hymes hynd hyndman hynds hynek hyneman hynson hypolite hyppolite hyre hysell
        hyslop hysmith iacono iacovetto iadarola ianni icenhour ickes iddings ide iezzi ifill igo ihle ikard ikerd
        ikner iler iles iliff illingworth imai iman imboden imburgia imel imes imhof imhoff imler immel imperato
        inabinet ince inclan indelicato ing ingalls ingenito ingersoll ingerson ingham inghram ingle ingles ingold
        ingraham ingrassia ingwersen inlow inman inmon innes innis inniss inoa inouye inskeep insley iorio ipock
        ippolito iraheta irby irey irick irion isaacs isaacson isakson isaman isaza isbell isenberg isenhart isenhour
        iser isett ishak isham ishee isherwood ishibashi ishida ishmael ishman iskra islam islas isler isley isom ison
        issa istre italiano ivans iversen iverson ivery ives ivester ivie ivins iwamoto iwasaki izatt izzard izzi izzo
        jablonowski jablonski jacko jaco jacobsen jacobus jacoby jacome jacox jacquemin jacquez jaeger jaffe jaffee
        jagger jaggers jago jagodzinski jahnke jahns jaillet jakes jakubowski jalbert jamerson jamieson janak janas
        janco janda jandreau janecek janes janeway janicki janik janke jankowski janney janousek janowski jansky
        janson jansson jantz jantzen janz janzen jaqua jaques jaquish jaquith jarboe jarchow jardin jardine jarman
        jarmon jarnagin jarnigan jarosz jarquin jarrard jarratt jarrell jarrells jarret jarvie jasik jasinski jaso
        jaure jawad jaworski jaycox jaynes jeanbaptiste jeanbart jeanes jeanlouis jeanpierre jeansonne jedlicka
        jefcoat jeffcoat jefferds jefferies jefferis jeffers jefferys jeffords jeffress jeffreys jeffries jehle
        jelinek jelks jellerson jelley jellison jemison jendro jenkens jenkin jenkinson jenks jenner jenness jenney
        jenning jennison jenson jent jentzsch jeon jeong jeppesen jeppson jepsen jepson jerabek jerde jerman jernigan
        jervis jeschke jeske jespersen jessee jessen jessop jessup jeter jett jetter jetton jeune jewett jex jezierski
        jhonson jiggetts jilek jillson jimenes jimerson jimison jimmerson jines jinkins jinks jiron jitchaku jobe
        jobes jobin jochim joerling joffrion johannesen johanning johannsen johansen johanson johansson johndrow
        johnosn johnsen johnsrud johson joines jolicoeur jolin jolley jolliff jonason jonson joo joos joplin jordahl
        jorden jordison jorgensen jorgenson jorstad josephs josephson josey joslin jourdain jovel jowers jowett joyal
        joyner joynes joynt jozwiak juarbe juares juckett judah judd judkins judon jue juel juergens juhasz juhl
        juliano juliar jumonville juneau junge jungers junious junkin junkins juntunen jupin jurczyk jurek jurgens
        jurgensen jurkiewicz jusino justesen justiniano justis jutras kaba kabel kaczmarek kaczmarski kaczor
        kaczorowski kaczynski kadel kader kadlec kaelin kaestner kafka kagan kagawa kahan kahele kahl kahle kahler
        kahn kahre kail kain kaina kainz kaiwi kaizer kalb kaler kalil kalin kalinowski kalis kalish kall kallas
        kallenbach kallio kallman kalmbach kamaka kamara kamel kamen kamer kamerer kamin kaminski kaminsky kamm kammel
        kammer kammerer kampa kampen kampf kamps kamrowski kan kanady kanagy kandoll kaneshiro kangas kania kanne
        kanner kanode kanter kantner kantor kantz kao kapinos kaplan kaplin kapp kappel kappes kappler karalis karam
        karas karcher kardos karg karle karlin karls karlsen karlson karlsson karn karner karnes karney karns
        karpinski karr karras karst karter kasahara kasel kaser kash kasper kasprzak kass kassa kassel kast kasten
        kastner kates kathan katon katt katz katzenberger katzer katzman kauffman kaufmann kaup kauppi kautz
        kauzlarich kavanaugh kawakami kawamoto kawamura kaya kaylor kays kazee kazmierczak kea keach keagle keala
        kealoha kean kear kearl kearley kearse kearsley keas keasey keasler keathley keaton keatts keck keddy kee
        keeble keebler keech keef keefe keefer keehn keele keeler keene keenum kees keese keesee keesler keesling
        keeter keeth keeton keever keezer kefauver keffer kegler kegley kehl kehr kehrer keifer keil keim keiper keirn
        keiser keisler keister keitel keithley keitt kelch kelderman keleher kelemen kelii kell kellam kellar kellems
        kellen kellerhouse kellerman kellett kelliher kelling kellison kellman kellner kellog kellogg kellough kells
        kellum kelm kelsch kelso kelson keltner kelton kelty keltz kemble kemmer kemmerer kemper kempf kempker kemplin
        kempton kendell kendig kendricks kenebrew kenison keniston kenley kennamer kennamore kennan kennard kennebrew
        kennell kennemer kenner kennerly kennerson kennett kenney kennington kennison kenniston kennon kensey
        kensinger kentner kenworthy kenyon keo keough kephart kepler kepley keplin keplinger kepner keppel keppler
        kerber kerbs kerby kerchner kerekes kerestes kerfien kerfoot kerman kern kerner kerns kerrick kerschner kersey
        kersh kershaw kershner kersten kerstetter kervin kerwin kesinger kesler kesner kessel kesselman kesselring
        kessinger kessler kesten kester kesterson kestler kestner ketcham ketcher ketchum ketelsen ketner ketron
        kettel ketter ketterer kettering ketterman kettler kettner keyser kha khalaf khalil khang khouri kibbe kibble
        kibby kibler kicklighter kidd kidwell kiefer kieffer kiehm kiel kiener kier kierstead kies kiesel kieser
        kiesling kiester kifer kiger kight kijowski kiker kilbourn kilbourne kilburn kilby kilcrease kildow kile kilgo
        kilgore kilgour killam killebrew killen killgore killin killinger killingsworth killion killough killpack
        kilman kilmer kilmon kilpatrick kimball kimbell kimberlin kimberling kimble kimbler kimbrel kimbrell kimbro
        kimbrough kime kimery kimes kimler kimmel kimmell kimmer kimmins kimmons kimpel kimrey kimsey kimzey kinard
        kincade kincaid kincannon kincer kinch kincheloe kinchen kindel kindell kindig kindler kindrick kingery
        kinghorn kingman kingrey kingsberry kingsbury kingsland kingsley kinkade kinkead kinkel kinlaw kinley kinloch
        kinman kinnaird kinnaman kinnamon kinnan kinnard kinne kinnebrew kinnison kinoshita kinsel kinser kinsey
        kinsler kinsley kinslow kinter kintner kintz kintzel kinyon kinzel kinzer kiper kipp kirch kircher kirchhoff
        kirchner kirchoff kirkbride kirkeby kirkendall kirkendoll kirker kirkham kirkland kirkley kirklin kirkman
        kirkpatrick kirksey kirkwood kirsch kirschbaum kirschner kirsh kirshner kirst kirstein kirtley kirton kirts
        kirven kirwin kiser kish kisinger kisling kisner kissee kissel kissell kissinger kissler kissling kissner kist
        kistler kistner kita kitagawa kitamura kitch kitchell kitchin kitner kitt kittel kittell kittelson kitterman
        kittinger kittle kittler kittleson kittredge kittrell kitts kitzman kitzmiller kivett kivi kizer kjos klahn
        klahr klaiber klamm klann klapper klar klass klassen klatt klausner klawitter kleckner klee kleeman klees
        kleffman kleiber kleiman kleine kleiner kleinman kleinschmidt kleis kleist klem klemme klemp klenk klenke
        klepper klett kleve kleven klick kliebert klien kliethermes klima klimas klimek kling klingbeil klinge
        klingenberg klingensmith klinger klingler klingman klink klock klocke klopfenstein klopfer klopp klos klose
        kloss kloster klosterman kluck kluender kluesner klug klump klumpp kluth klutts kluttz kluver kmetz kmiec
        kmiecik knaack knab knabe knaff knaggs knapik knappenberger knapper knarr knaub knauer knauf knauff knaus
        knauss knebel knecht kneeland kneip knepp knepper knerr knicely knick knickerbocker kniffen knighten knighton
        knipe knipp knisely knisley knittel knobel knobloch knoblock knoke knoles knop knopf knopp knore knorr knott
        knotts knouse knowlton knudsen knudson knudtson knupp knuth knutsen knutson knutt kobel kober koch kochan
        kocher kocian kocsis kocurek koehl koehler koehn koeller koelling koelsch koelzer koenen koenig koening koepke
        koepp koeppel koepsell koerber koerner koester koff koffler koffman kofoed koga kogan koger kogut koh kohan
        kohen kohlman kohlmeier kohls kohn kohnen kohnke kohout kohr kohut koizumi kok kolar kolasinski kolb kolbe
        kole kolek kolenda kolesar koll kollar koller kollman kolman kolodziej kolstad komar komara konecny konen
        konieczny konkel konkol kono konopka kontos koo koob koogler koon koonce koons koontz koop koopman kopacz
        kopczynski kopec kopecky kopf kopp koppes koprowski koran korando korb koren korhonen korman korn kornegay
        kornfeld kornreich korpela korth korus kos kosak kosakowski kosel koser kosinski koski kosloski koslosky koss
        kossman kost kostelnik kostka kotch kotecki kotek koth kothe kotler kott kotter kottke kottwitz kouba kountz
        koury kovac kovach kovacich kovacs koval kovar kovats kowal kowalczyk kowaleski kowalewski kowalik kowalski
        kowalsky kozak kozar kozel kozeliski koziel koziol kozlowski kraatz krach kracht kraeger kraemer kraft krahn
        krajewski kraker kral krall kram krammer kramp kraner krantz krasner kratky kratochvil kratz kratzer krauser
        krauss krauth kravetz kravitz krawczyk krawiec kreamer krebbs krebsbach krech kreeger kreger krehbiel kreider
        kreidler kreiger kreiner kreisel kreitzer krejci krell krenz krepps kreps kresge kress kretschmer kreutzer
        kreuzer krey krick krider kridler kriebel krieg kriegel krieger krier kriesel kriger krikorian kriner kring
        krings krinsky kriss kristek kristensen kriz krizan krob kroeger kroeker kroenke kroger krogh krogman kroh
        krohn krok krol kroll krom kromer kron kroon kropf kropp krouse krout kruchten kruckeberg krug kruger kruk
        krull krum krumm krupa krupinski krupp kruse krzemien krzeminski kua kuan kubacki kubala kubat kube kubiak
        kubicek kubik kubis kubo kubota kucera kuchar kucharski kuchera kuchta kucinski kuck kuder kue kuebler kuechle
        kuehl kuehn kuehne kuehner kuester kueter kuether kuffel kugel kugler kuhlman kuhlmann kuhn kuhns kujawa
        kujawski kukla kukowski kula kulas kulesza kulick kulig kulik kulikowski kulinski kull kullman kulp kulpa kumm
        kummer kump kuna kunde kung kunkel kunkle kunst kuntz kunz kunze kunzman kuo kuper kupfer kupiec kurek kurland
        kurtenbach kurth kurtz kurz kuschel kush kushner kuss kuster kuta kutch kutcher kutz kuykendall kuyper kwak
        kwan kwiatkowski kwiecien kwok kwong kye kyer kyger kyker kyler kyles kyllonen kysar kyser kyte kyzer laabs
        laakso labadie labar labarbera labarge labarr labarre labat labate labella labelle laber laberge lablanc
        labombard labonte laborde labounty labrador labranche labrecque labree labrie labriola labuda lacasse lacayo
        lacaze lacefield lacewell lach lachance lachapelle lacher lachermeier lachowicz lacina lackner laclair lacomb
        laconte lacorte lacoste lacount lacour lacourse lacross ladd ladner ladouceur ladson ladue laduke ladwig
        lafata lafave lafayette laferriere lafever laffin laffoon laflamme lafler lafollette lafon lafond lafontaine
        lafontant laforce laford laforest laforge lafortune lafountain lafrance lafreniere lafromboise lafuente lagace
        lagasse lagos lagrange lagreca lagrone laguardia lague laguerre lagunas lahman lahr lahti laiche laidlaw lail
        lainez lainhart laino laird lairsey lairson lajeunesse lajoie lakey lakin laliberte lalley lalli lalonde
        lalone lamacchia lamagna laman lamanna lamantia lamarca lamarche lamark lamarque lamarr lamarre lamaster
        lamastus lamay lambdin lamberson lamberth lamberti lamberton lambertson lambeth lamborn lamboy lambrecht
        lambright lambros lambson lamere lamey lamica laminack lamirande lamke lamkin lamm lammers lammert lammey
        lamon lamons lamontagne lamoreaux lamorte lamothe lamountain lamour lamoureaux lamoureux lampe lampert
        lamphear lamphere lampkin lampkins lampley lampman lamprecht lampron lampton lamson lamy lanahan lanasa
        lancaster lanclos lancon lancour lanctot landau landaverde landeros landes landey landford landgraf landi
        landin landis landman landor landreneau landress landreth landrith landrum landsman landwehr laney lanford
        langdon langenfeld langer langevin langford langham langhorne langlais langley langlinais langner lango
        langone langsam langstaff langston langton langtry langworthy lanham lanier laning lankford lanman lanners
        lanni lannigan lanning lannon lanoue lanphear lanphere lansberry lanser lansford lansing lant lanter lanterman
        lantigua lantz lantzy lanz lanza lanzarin lanzo lao lapan lape laperle lapeyrouse lapham lapier lapierre
        lapine lapinski laplaca laplant laplante lapoint lapointe laporta lapp laprade larabee laracuente laramee
        laramie laramore laraway lareau larence lares largent larimer larimore larin larios larison lariviere larke
        larkey larkins larmon larmore larner larocca larocco larochelle larock larocque laroque larosa larose larrabee
        larrick larrimore larrison larsson larusso lary lasala lasalle lasater lasch laseter lashbrook lasher lashley
        lashua lasiter laska lasker laskey lasko laskowski lasky lasley lasorsa lassalle lassen lasseter lassiter
        lassonde laster lastinger lastrapes laswell latham lathan lathem lathrop latimer latimore latino latney latona
        latorre latour latourette latsha latshaw latson latta lattea lattimer lattimore lattin latz lau laub laubach
        lauber laubscher lauck laudenslager lauder lauderback lauderdale laudermilk laue lauer laufer lauffer laughlin
        laughridge laughton laumann launer launius lauria lauricella laurich laurin lauritsen lauritzen lauro laursen
        laury lautenschlage lauter lauterbach lauver laux lauzier lauzon lavalle lavallee lavalley lavallie lavecchia
        laven laver laverdiere lavere lavergne laverriere lavey lavigna lavigne lavine laviolette lavoie lawalin lawes
        lawhead lawhon lawhorn lawhorne lawing lawler lawley lawlis lawrance lawrie lawry lawton lawver laxson laxton
        laycock layden layfield laymon layton lazaga lazano lazard lazarus lazenby lazo lazor lazos lazzari leachman
        leacock leadbetter leahey leake leaman leaming leamon leanos leaphart lear leard leask leasure leath leatham
        leatherman leatherwood leaton leavell leaver leavitt leavy lebaron lebeau lebel leber lebleu leblond lebo
        leboeuf lebouef lebow lebowitz lebsock lech lechler lechner lechuga leclair leclaire lecompte lecroy lecuyer
        leday ledbetter lederer lederman ledet ledezma ledford ledgerwood ledlow ledo ledonne ledwell leeder leedom
        leeds leedy leeman leep leeper leese leeson leet leeth lefebre lefebure lefever lefevers leff leffel leffert
        leffew leffingwell leffler lefkowitz lefler leflore lefrancois leftwich legare legaspi legault legere legette
        legge leggett leggio leggitt legleiter legler legnon lego legrande legree lehman lehmkuhl lehn lehnen lehner
        lehnherr lehoux lehr lehrer lehrke lehrman lehto leib leibee leibel leibowitz leiby leicht leick leider
        leidholt leier leifer leight leighton leighty leija leiker leimbach leinen leininger leipold leisenring leiser
        leishman leisinger leist leister leisy leitch leite leiter leith leitner leitz leitzel leja leleux lema
        lemanski lemarr lemaster lemasters lemay lembke lembo lemelin lemelle lemen lemieux leming lemire lemke lemley
        lemmer lemmon lemmond lemmons lemond lemonds lemos lenahan lenart lenderman leng lengyel lenhardt lenhart
        lenig lenk lenker leno lenox lenser lentine lentini lenton lentz lenz lenzen lenzi lenzini leong leonhardt
        leos lepage lepak lepe lepine lepisto lepley lepore lepper leppert lerch lerman lesane lescarbeau lesesne lesh
        lesher lesinski lesko lesniak lesniewski lesperance lessard lessig lessley lessman lesueur lesure letarte
        letcher letchworth letendre leth leto letourneau letsinger letson lett lettieri lettinga letts leu leukhardt
        leung lev levalley levandowski levar levario levasseur levay leveille levell leven levene levens levenson
        leventhal leverett leverette leverich levert leverton levett levey levier levin levingston levins levinson
        levis levison levitan levitsky levitt levron lew lewallen lewandowski lewellen lewellyn lewey lewicki lewin
        lewinski lewison lewter ley leyba leyendecker lezama lheureux liakos libbey liberatore liberman liberti liburd
        licari licata licea licht lichtenberg lichtenberger lichtenstein lichtman lichty lickliter lickteig licon
        liddell liddle lieb liebel lieber lieberman liebig liebl liebman liebold liebsch liechty liedtke lierman
        lieser lietz lige liggett liggins lightbody lightcap lightfoot lightford lightle lightner lightsey lighty
        ligon lile liles lilienthal liljenquist lill lillard liller lilley lillibridge limas limbaugh limberg limmer
        limoli limones linch linck lindahl lindamood lindauer lindberg lindblad lindblom lindbloom lindell lindeman
        lindemann lindenberg linder linderman lindgren lindholm lindhorst lindley lindo lindon lindow lindquist
        lindsley lindstedt lindstrom lineback linebarger linebaugh lineberger lineberry lingard lingenfelter
        lingerfelt lingle linhart lininger linkous linley linnell linneman linnen linney linquist linscott linsley
        linson linthicum lintner linton lintz linville linz linzey linzy lionberger liotta lipari lipe lipford lipham
        lipinski lipka lipkin lipman lipp lippard lippert lippincott lippman lippold lipps lipscomb lipsett lipsey
        lipski lipsky lipson liptak lipton lirette liriano lis lisby lisenby lish lisi lisk liska liskey lisowski liss
        lister litchfield litchford litherland litke litle litman litscher litt littell litten litteral littlefield
        littlejohn littlepage littles littleton littlewood litton littrell litts litwin litz litzinger livengood
        liverman livermore liverpool livesay livingstone livsey lizama lizaola lizardi lizardo lizarraga lizotte
        llanas llanes llewellyn loach loadholt loaiza loar lobaugh lobb lobdell lobel loberg lobo lobos lobue locascio
        locastro loch locher lochner locicero lockamy lockard locke lockett lockhart locklear lockley locklin lockman
        lockridge lockwood lococo loden loder lodi loe loeb loeber loeffler loehr loesch loethen loew loewen
        loewenstein lofaro loffredo lofgren lofland loflin lofquist lofthouse loftin loftis lofton logemann loggins
        loghry logiudice logsdon logston loh lohman lohmann lohnes lohr lohse loht loiacono loisel loiselle lok loken
        lokey lokken lollar lolley lollis loman lomanto lomas lomax lomonaco london londono lones loney longacre
        longenecker longerbeam longfellow longino longley longmire longmore longnecker longo longshore longstreet
        longstreth longsworth longtin longway longwell longworth lonon lonsdale lonzo looby lookabaugh loomis looper
        loper lopiccolo lopinto lopp lopresto lor loran lorance loranger loredo lorence lorenson lorentz lorentzen
        lorenzana lorenzen loring lorona lorusso losee losey losh loso losoya lossett lossing lothrop lott lotts lotz
        loucks louden loudermilk loudin loudon lougee lough loughman lounsbury loupe louque lourenco lousteau louthan
        louviere loux lovallo lovan loveall loveday lovejoy lovelace lovelady loveland lovell loveridge lovering
        lovern lovette lovick lovin lovingood lovings lovins lovitt lovvorn lowder lowenstein lowenthal lowes lowman
        lown lowndes lowrance lowrey lowrie lowrimore lowther lowy loy loyola loza lozier lozoya lubin lubinski
        lubinsky luby lucht lucian lucier lucious lucke luckett luckey luckie luckow lucus luczak luczynski ludden
        ludlow ludlum ludwick ludy luebbers luebbert luebke luechtefeld lueck lueders luedke luedtke luellen luera
        lueras luetkemeyer luff lufkin luft lugar luginbill luhman luhr luhrs lui luick luk lukach lukasiewicz lukasik
        luken lukens luker lukes lukowski lum luman lumb lumley lummus lumpkin lumpkins lumsden lunceford lund lundahl
        lunday lundberg lundblad lunde lundeen lundell lundgreen lundgren lundholm lundin lundmark lundquist lundstrom
        lundy lunn lunsford lunt luoma luong luongo luper lupercio lupi lupien luppino luptak lupton lurie lurry
        lurvey lurz lusby luse lusk lussier lustig luter luth luthy lutman luton lutrick lutterman luttrell lutz luu
        lux luxton luzier luzzi lyall lybarger lybrand lyday lyde lydick lyford lyke lykes lykins lyles lymon lynam
        lynd lynde lynes lyon lysiak lytch lytle lyttle lytton lyvers maag maass mabe mabee maben maberry mabery mabey
        mabie mabon mabrey mabry macaluso macaraeg macaulay macbeth maccallum macek macey macfarland macfarlane
        macgillivray macgregor mach macha machen machin machnik machuca maciejewski maciel macinnis macintyre mackay
        macke mackie mackiewicz mackin mackinnon mackley macklin macko mackowiak mackson macky maclachlan maclaren
        maclennan maclin macmaster macneil maco macomber macon macphail macpherson macqueen macrae macri madamba
        madara maday maddalena madding maddix maddocks maddux madeiros mader madere madero madewell madia madill
        madina madkins madlock madonia madore madril madriz madruga madry madsen madson maese maez maffett maffucci
        magallan magallanes magallon magby magdaleno mager magers mages maggard maggart maggi maggio maginnis
        magliocca maglione magnan magner magness magno magnuson magnusson magoon magruder magwood magyar mah mahabir
        mahaffey mahan mahaney mahar maheu maheux mahi mahle mahler mahlum mahn mahnke mahone mahood mahr mahurin
        maier maietta mailhot mailloux mainer maines mainolfi mainor maio maiorano mair mais maisch maisonet maitland
        majeed majerus majeski majette majka majkut mak makela maki makin makowski makris makuch malacara malachi
        malagon malan maland malbon malbrough malchow malcomb maldanado malec malecha malecki malek maletta maley
        malick malin malina malinowski maliszewski malizia malkin mallari mallen mallery mallett mallette mallo malloy
        mally malm malmberg malmquist maloof malott maloy malpass malsam malson maltby maltese maltos maltz malveaux
        maly manalo mance mancha manchester mancia mancil mancilla mancillas mancino mancuso mandato mandel mandelbaum
        mandell manders manderscheid manderson mandeville mandez mandich mandujano maner maness maney manfre manfredi
        mang manganaro mangano mangels manges mangini mangino mangione mangram mangrum mangual mangum mangus manhart
        mani manier manigault manigo manion manis maniscalco manjarrez mank manka manke manker mankey mankin mannella
        manney mannings mannino manno mannon manns mano manoogian manos manriquez manross manry manseau manser mansir
        manske mansker manson mansur manthe manthei manthey mantooth mantyla mantz manuelito manville manwaring
        manygoats manz manzella manzer manzi manzione manzo mapes mapp marable maracle maraia marak marano maranto
        marasco maravilla marberry marburger marbury marcano marcantel marceau marchan marchant marchbanks marchese
        marchetta marchetti marchi marcil marcinek marciniak marcinko marcinkowski marcotte marcoux marcucci marcum
        marden mardis marenco marengo maresca marez margerum margeson margolies margolin margolis marguez margulies
        mariani maricle marinacci marinaro marinelli marinello marinez maring marinucci mariotti markarian markee
        markel markell markert markgraf markie markin markland markle markley markovich markow markowitz markowski
        marksberry markum markwell marland marlar marlatt marler marlett marlette marling marlow marlowe marmion marmo
        marmolejo marmon marnell marney marois maron marone maroney marotta marotz marple marquard marquardt marquart
        marquette marr marra marrin marriner marriott marro marrotte marrs marrufo marsala marsch marse marsee
        marshburn marshell marsico marsland marsolek marson marston marte martell martelli martello martensen
        martindale martinek martines martinie martinsen martinson martir martis marton martone martz marz marzan
        marzano marzett marzette marzullo maschino mascia mascio mascorro masden masek maselli maser mashburn masi
        masiello masino maske maskell masker maslowski masone masoner massaro massenburg massengale massengill masser
        massi massie massingale massingill massman masten mastin maston mastrangelo mastro mastronardi mastropietro
        masuda masur matamoros matarazzo matchett mateer mathena matheney matheny mather matherly matherne mathers
        mathes matheson mathewson mathey mathies mathieson mathisen mathison mathys matinez matis matko matley matlock
        matney matott matousek matranga matson matsui matsumura matsunaga matsuo matsuura matsuzaki matta mattei
        mattera mattern matteson mattews matthes matthies matthiesen mattice mattila mattingly mattinson mattioli
        mattis mattison mattix matton mattoon mattos mattox mattson matty matula matus matute matyas matz matza matzen
        matzke mau mauceri mauch mauck mauer mauffray mauger maugeri mauk maulden mauldin maule maull maultsby maune
        mauney maupin maurer mauriello maurin maus maust mauzy maver mawson mawyer maxey maxfield maxham maxon maxson
        maxton mayall maybee mayben mayberry maybury maycock mayeda mayen mayers mayes mayeux mayfield mayhall mayhan
        mayhew mayhue mayhugh mayle mayne maynes maynez maynor mayon mayr mayse mayson maysonet mayton mayville
        mayweather mazariegos mazer maziarz mazon mazur mazurek mazyck mazza mazzarella mazzariello mazzei mazzella
        mazzola mazzone mazzoni mazzotta mcabee mcadam mcadoo mcadory mcafee mcalexander mcallister mcalpin mcalpine
        mcamis mcandrews mcaninch mcarthur mcavoy mcbain mcbane mcbath mcbay mcbean mcbeath mcbee mcbeth mcbrayer
        mcbroom mcbryde mcburney mccaa mccaffery mccain mccaleb mccalister mccalla mccalley mccallie mccallister
        mccallon mccallum mccambridge mccamey mccammon mccampbell mccandless mccandlish mccane mccanna mccannon mccant
        mccants mccardell mccargo mccarley mccarrell mccarroll mccart mccarter mccartney mccartt mccarver mccary
        mccaskey mccaskill mccasland mccaslin mccaster mccaulley mccaw mccawley mcchesney mcchristian mcchriston
        mcclaine mcclam mcclanahan mcclane mcclaran mcclard mcclaren mcclary mcclaskey mcclay mccleary mccleery
        mcclellan mcclenahan mcclendon mcclenny mcclenon mcclenton mcclerkin mccleskey mcclintic mcclintock mcclinton
        mcclish mccloud mccloy mcclune mccluney mcclung mcclurg mcclurkin mcclusky mccoin mccolley mccollister
        mccollom mccollough mccollum mccomas mccomb mccombs mccommon mcconico mcconkey mcconn mcconnaughey mcconnaughy
        mcconnel mcconville mccook mccord mccorkle mccormack mccorvey mccosh mccotter mccowan mccowen mccown mccrady
        mccrae mccraney mccranie mccrary mccraw mccray mccreary mccree mccreery mccreight mccright mccrimmon mccrohan
        mccroskey mccrossen mccrossin mccroy mccrum mccrystal mccubbin mccue mccuen mccuin mccuistion mccuiston
        mcculla mccullah mccullar mccullen mcculler mccullers mcculley mcculloch mccullum mccully mccumber mccune
        mccurry mccurtis mccutchan mccutchen mccutcheon mcdanel mcdanial mcdaniels mcdavid mcdavis mcdill mcdivitt
        mcdole mcdonalds mcdonell mcdonnell mcdonough mcdorman mcdougal mcdougall mcdougle mcdow mcduff mcduffee
        mcduffey mcduffie mcduffy mceachern mceachin mcelderry mcelfresh mcelhaney mcelhannon mcelhinney mcelligott
        mcelrath mcelravy mcelvain mcelveen mcelwain mcelyea mcenery mcentire mcentyre mceuen mcewan mcewen mcfaddin
        mcfadin mcfadyen mcfalls mcfarlain mcfarlan mcfarlane mcfarlin mcfarling mcfarren mcfate mcfatridge mcfaul
        mcfee mcferren mcferrin mcferron mcfetridge mcfield mcgaha mcgahan mcgahee mcgarity mcgarr mcgarrah mcgarrity
        mcgary mcgaugh mcgaughey mcgaughy mcgavock mcgeary mcgeever mcgehee mcgeorge mcghee mcghie mcgibbon mcgillis
        mcgillivray mcgilvery mcgilvray mcginn mcginness mcginnis mcgirt mcgivney mcglade mcglamery mcglasson
        mcglaughlin mcglone mcglothin mcglothlen mcglothlin mcglown mcgonigal mcgonigle mcgory mcgowen mcgowin mcgown
        mcgrady mcgrail mcgranahan mcgranor mcgraw mcgray mcgreevy mcgregor mcgrew mcgriff mcgruder mcguckin mcguffey
        mcguffie mcguffin mcguyer mchaney mchargue mchone mcie mcilrath mcilvain mcilvaine mcilwain mcinnis mcintire
        mcinturff mcisaac mciver mcjunkin mcjunkins mckain mckamey mckamie mckane mckean mckearney mckechnie mckeehan
        mckeel mckeen mckeighan mckeithan mckell mckellar mckeller mckelvie mckelvy mckendree mckendrick mckenney
        mckennon mckenrick mckern mckernan mckesson mckey mckibben mckiddy mckillip mckim mckiney mckinnie mckinnis
        mckinny mckinsey mckinstry mckinzie mckissack mckissick mckitrick mckittrick mckown mckoy mclachlan mclain
        mclaine mclamb mclane mclaren mclarney mclarty mclauchlin mclaughin mclaurin mclawhorn mclead mclees mcleish
        mclellan mclelland mclemore mclendon mclennan mclennon mcleroy mclester mclin mcloud mclucas mcmackin mcmahan
        mcmains mcmakin mcmanis mcmann mcmartin mcmasters mcmath mcmeans mcmeen mcmichael mcmickle mcmillen mcmiller
        mcmillian mcmillin mcmillion mcmillon mcminn mcmonigle mcmorran mcmorris mcmullan mcmullin mcmunn mcmurphy
        mcmurray mcmurry mcmurtrey mcmurtrie mcmurtry mcnab mcnabb mcnair mcnary mcnatt mcnaught mcneal mcnear mcneece
        mcneel mcneeley mcnees mcneese mcneilly mcnellis mcnelly mcnemar mcnerney mcnett mcnew mcnichol mcnichols
        mcnickle mcniel mcniff mcninch mcnish mcnitt mcnutt mcomber mcpeak mcpeek mcpeters mcphail mcphatter mcphaul
        mcphearson mcphee mcpheeters mcquaig mcquain mcquarrie mcquay mcqueary mcqueeney mcquiggan mcquiller mcquire
        mcquiston mcquown mcrae mcraney mcray mcree mcreynolds mcroberts mcroy mcshan mcshea mcsherry mcsorley
        mcspadden mcspirit mcswain mcsween mcsweeney mctaggart mctague mctighe mcvay mcvea mcvey mcwain mcwaters
        mcwatters mcwhirt mcwhirter mcwhite mcwhorter mcwilliam mcwilliams mczeal meacham meachem meachum meade meader
        meaders meador meadors meads meahl meaker mealer mealey mealing meares mears meas mease meaux mebane mecham
        meche mechem mechling meckler mecum medas medcalf medders medeiros medel medellin meder mederos medford medlen
        medlin medlock medoza medved meece meekins meeks meese meffert mefford meggs mehaffey mehan mehl mehler
        mehling mehlman mehr mehrhoff mehring mehta meidinger meier meiers meighan meigs meikle meinecke meiners
        meinert meinhardt meininger meinke meints meisel meiser meisinger meisner meissner mejias mejorado melancon
        melanson melara melby melcher melchior melder meldrum mele melecio melendrez melendy melgarejo melgoza meli
        melick melillo melin melito melius mell mella mellas mellen meller mellin melling mellinger mellish mello
        mellott melnick melnik melnyk meloche melone melonson meloy melrose melson meltzer melugin meluso membreno
        memmott mencer mench mendel mendell mendelsohn mendelson mendenhall mendibles mendicino mendieta mendiola
        mendivil mendola mendonsa mendosa meneely menefee meneses menge mengel menges menifee menjivar menke mennella
        mennenga mensch mensing menter mento mentzer menz menzel menzie menzies meola mera meras merced merck mercure
        mercuri mercurio mericle merida meritt meriweather meriwether merkle merkley merlan merlino merlo merlos mero
        merola merrell merriam merrick merrifield merrihew merriman merrit merriweather merrow merryman mersch mershon
        merson merten mertens mertes mertz mervis merwin mery merz mescher meserve meshell mesia mesick mesler messana
        messer messerly messersmith messick messina messineo messinger messmer messner mesta mestas mestayer mester
        mestre meszaros metayer metcalf metellus metheney metheny methot methvin metivier metoyer mettler metts metzer
        metzgar metzger metzinger metzler meurer meuser mewborn mey meyerhoff meyering meyerson miano micco micek
        miceli michaelis michaels michaelsen michaelson michalak michalec michalek michalik michalowski michals
        michalski michaux micheals michelin michels michelsen michelson michener michie michl michna mickel mickell
        mickelsen mickelson mickens mickle mickles mickley middaugh middendorf middlebrook middlebrooks middlemiss
        midgett midgette midgley midkiff midyett miedema miele mieles mielke mier miera miers miesner mifflin miga
        migdal migliore mignone migues miguez mihelich mihm mijangos mijares mikell mikels mikelson mikesell mikeska
        mikkelsen mikkelson mikula mikus milam miland milani milano milardo milazzo milbourn milbourne milbrandt
        milburn milby milera milewski milholland milhorn milhous milhouse milian milici militello millay milledge
        millen millender millener millett millette millhouse milliard millikan milliken millikin milliman millin
        millington milliron millis millman millner millsap millsaps millspaugh millward millwood milner milnes milone
        milot milsap milstead milstein miltenberger milum mimbs mimms mims minard minardi minarik minaya mincey minch
        minchew mincks mincy minder minear mineau minelli mineo minger mingione mingo mings mingus minich minick
        minier minix minjares minjarez minner minnich minnick minniefield minnifield minnis minnix minns minott
        minozzi minshall minshew minson minter minto minton minturn mintz minyard mirabal mirabella mirabito miraglia
        mirando mirarchi mirelez mirsky mirza mischke misenheimer mish mishaw mishler mishoe misiak misiewicz miske
        misko misner missildine mistretta mitcham mitchelle mitchem mitchener mitchum mitton mitzel mixon mixson
        miyake miyamoto miyasato miyashiro mize mizell mizelle mizer mizrahi mizuno mizzell mleczko moad moak moates
        mobbs moberg moberly mobley moctezuma moczygemba modeste modica modisette modlin modzelewski moe moeckel
        moeller moen moench moening moffa moffat moffet moffett moffitt moga mogan mogensen mohar mohl mohler mohn
        mohney mohr moir moisan moise moitoso mojarro mok mola molander molden moldenhauer moldovan moler molinar
        molinari molinaro moline molino molitor moller mollett mollette mollica mollison molnar molock molter molton
        moman momon mon monarrez moncada moncayo monceaux moncrief monda monday mondesir mondor mondy mone monegro
        monell monestime monette moneypenny monfort mong monge mongeau mongelli mongeon mongiello mongillo mongold
        monhollen monico monier moniz monje monn monnin monninger monroig monsen monsivais monson monsour mont montag
        montagna montalbano montalbo montalto montaluo montalvan montanaro montandon montanye montas montealegre
        monteith montejano monteleone montellano montelongo montemurro monterrosa monterroso montesdeoca montesino
        montford montiel montieth montijo montilla monton montoro montour montpas montreuil montrose montroy montufar
        montville montz monzo monzon moodie moomaw mooneyham mooneyhan moorefield moorehead moorehouse moorer moores
        moorhead moorhouse moorman moquin mor morace morado moraga morago morain morais moralez morano morant mordecai
        morea moree morefield morehead morehouse morein morejon moreland moreles morelli morello morelock morelos
        moreman morency moret moreton moretz morey morford morgado morganfield morganti morgenstern morgon moriarity
        morikawa morimoto moring morini morino moris morison morissette morita mork morlan morlock morman mormile
        morneau morningstar moro morones moronta moroz morphew morphis morquecho morra morre morreale morrell morrill
        morring morrisette morrisey morriss morrissette morro morrone mort mortellaro mortensen mortenson morter
        mortimer mortimore mortland morvant mosbey mosby mosca moscato moschella mosco moscoso moscowitz moseley
        mosely moser mosher moshier mosier moskal moskos moskowitz mosqueda mosser mossey mossman mosteller moten
        mothershed motl moton motsinger mott motta motte motter mottola motton mottram motyka motz moua moudy moulden
        moulder moulds moulthrop moulton moultrie moultry mounce mounsey mountcastle mountjoy mourer mouret mousel
        moussa mousseau mouton mouw mouzon mowbray mowdy mowen mowery mowrer mowrey mowry moxley moye moyers moyes
        moyle mozee mozingo mraz mroczkowski mroz mrozek mucci mucha muchmore muckle muckleroy mudd mudge muegge
        muench muhlbauer muir muirhead muise mujalli mujica mukai muldrew muldrow mulero mulford mulhall mulherin
        mulholland mulkey mullally mullenax mullenix mullens mullett mullican mullikin mullinax mullings mullinix
        mullis mulvaney muma mumaw mumford mumm mumma mumme mummert mumper mumpower mun munar muncie muncy mund munday
        mundell munden mundo mundschenk mundt mundy munez munford munger mungia mungin mungo munk munn munnerlyn munns
        munos munro munsch munsell munsey munson munsterman munter muntz munyon munz muralles muraoka murata murawski
        murch murchinson murchison murdaugh murden murdoch murdock murff murga murguia murley murph murphey murphree
        murr murrah murrell murrieta murrietta murrill murrin murrow murry murtha murton musante muscarella musgrave
        musgrove mushrush musial musich musick musil musselman musselwhite musser mussman musso musson mustain mustin
        musto muszynski mutch mutchler muth muto mutz myatt myer myerson myler mynatt myren myres myrick myricks myrie
        mysliwiec naab naas naber nabors naccarato nace nachman nack nadeau nadel nader nading nadler naff nagai
        nagamine nagao nagata nagel nageotte nagler nailor naiman najar najarro nakamoto nakanishi nakano nakashima
        nakasone nakata nakayama nakken nalbandian nale nall nalley nalls nance nanez nanney nantz napier naples
        napoles napoli napper nappi naquin naramore narcisse nardella nardi nardone narducci naron narron naslund
        nason nass nassar nassif nastasi natale natera nathanson natoli nau naugher naugle nault nauman naumann nauyen
        navarette navarra navarre navarrette navin nawrocki nazzaro neace neagle neale nealey neally nealy nease
        neathery neault neaves nebeker nebel neblett necaise nedd nedeau neece needleman neeld neeley neer nees neese
        neeson neff negley negri negrin negus neher nehls nehring neice neider neidert neidig neifert neihoff neilsen
        neilson neiman neis neisler neiss neitzel nelligan nellis nellum nelms neloms nelsen nembhard nemec nemes
        nemeth nemetz nemitz neptune neri nerney nero nesbit nesbitt nesby nesler nesmith ness nesselrodt nester neth
        netherland netherton nethery nett nettleton netto netz netzer neu neubauer neuberger neubert neuendorf neufeld
        neugebauer neuhaus neuman neumann neumeister neumeyer neuner neuwirth nevares neve nevels nevers nevill nevins
        nevitt nevius newberg newbern newberry newbill newbold newbrough newburn newbury newby newcomb newcombe newell
        newhall newhard newhart newhouse newingham newkirk newland newlin newlon newnam newport newquist newsom
        newsome newson newstrom newsum ney neyhart neyman nez nghiem nguy nibert niblett niblock nicastro niccum
        nichelson nicholes nickell nickelson nickens nickerson nicklas nicklin nickols nickolson nickson nicley
        nicodemus nicolay nicoll nicolosi nicols nicolson nicosia niday niebel niebla niebuhr niederhauser niedzwiecki
        niehaus niehoff niel nield nielson nieman niemeyer niemi niemiec nienaber nienhuis nierenberg nierman nies
        niese nigro nikkel niles nilges nilles nilsen nilson nilsson nim nimmo nimmons nims nipp nisbet nisbett nish
        nishida nishimoto nishioka niskanen nisonger nissen nistler niswander niswonger nitschke nitta nitz niven
        nivens niver noakes nobbe nobile noblett noblin noblitt nobriga nocera nock noda nodine noecker noell
        noffsinger noga noggle nogle noh nokes noland nolasco nold nolen noles nolette nolf nolin noll noller nolley
        nolte nolting nolton noonkester nopper norberg norby norcia norcross nord nordahl nordberg nordby nordeen
        norden nordgren nordin nordlund nordman nordquist nordstrom nordyke noren norfleet norfolk norgard norling
        normandeau normandin norred norrell norstrom norsworthy northam northcott northcutt northey northington
        northrop northrup northup northway norvell norville norwood nosal nosek noss nost notaro noto nott nottage
        notter nottingham nourse novack novell novelli novello novick novicki novo novotny novy nowack nowacki nowak
        nowakowski nowden nowell nowicki nowland nowlen nowlin nowling noyes noyola nuccio nuckles nuckolls nuckols
        nulph nunemaker nunley nunn nunnally nuno nusbaum nuss nussbaum nusser nutall nutt nuttall nutter nuzzo nyberg
        nyce nye nygaard nygard nygren nyland nylander nyman nyquist nystrom oakes oakland oakley oakman oates oathout
        oatis oatley oatman obando obanion obannon obeirne ober oberg oberholtzer oberlander oberle oberlin oberman
        obermiller oberry obert obeso oboyle obrecht obregon obrian obriant obryan obryant obst obyrne ocallaghan
        occhipinti ocegueda oceguera ocheltree ochs ochsner ocon oconner odaniel oday oddo odea odegaard odegard odem
        oden odham odle odoms odonald odonell odonoghue odonovan odowd odriscoll odum odums odwyer oehler oelke oertel
        oesterling oestreich oestreicher oetting ofarrell offerman offley offutt ogan ogara ogata ogburn ogden ogg
        oglesbee oglesby ogletree ogorman ogrady ogren ohagan ohair ohalloran ohanlon ohara ohare ohearn ohern ohl
        ohler ohlinger ohlsen ohlson ohman ohora ohta oien oiler oishi oja okamura okane okano okazaki okeefe okeeffe
        okelley okelly okerlund okon okuda olague olah olan oland olander olaughlin olberding olcott oldaker oldenburg
        oldenkamp oldfield oldham oldroyd olds olea oleary olenick oler oles olesen oleson olguin olinger oliphant
        olivar olivarria oliveri oliveria oliverio olivero oliveros olivieri olliff ollis ollison olmeda olmstead
        olmsted olney oloughlin olpin olsson oltman oltremari olveda omalley omara omarah omeara onan oncale oneil
        oney ong oniel oniell onken onley ono onofrio onorato onstad onstott ooten opel opie oplinger opp oppenheim
        oppenheimer opper opperman oquin oquinn orahood oram oran orantes orban orbison orcutt ord ordaz orduna orduno
        ordway orear orefice oreilly orem orenstein orick oriley oriol oriordan oritz orlandi orloff orlow orlowski
        orman ormand orme ormiston ormond ormonde orndorff ornellas orner ornstein orona oropeza oros orosz orourke
        orrell orrick orris orsak orsborn orsi orso ort ortego ortegon ortez orth ortis ortlieb ortman ortner orton
        orum orvis orwig ory orzechowski osario osbourn osbourne osburn osby osegueda oser osgood oshaughnessy oshea
        oshields oshima oshiro oshita oslund osment osmond osmun osornio ospina ossman ost ostby osteen ostendorf
        oster osterberg osterhout osterman ostler ostlund ostrander ostrem ostroff ostrom ostroski ostrow ostrowski
        ostwinkle osullivan oswalt otani otey otoole ott ottem otten otterson ottesen ottey otting ottinger ottley
        ottman ottosen otts otwell oubre ouelette ouellette ouimet ouk oullette oum ousley outen outland outler outley
        outman outten ouzts ovalle ovellette overbay overbeck overbey overby overcash overfelt overfield overholt
        overlock overman overmyer overson overstreet overton overturf overy oviatt oviedo ovitt owczarzak owenby
        owensby owings ownbey ownby ownes owsley oxendine oxley oxner oyama oyen oyer oyervides oyler oyola ozaki
        ozment paavola pabst pacheo pacifico pacini packard packett paden padgett padillo padin padmore padro padua
        padula pae paek paetzold paff pafford pagaduan pagani pagano pagel paglia pahl paik paille paine paino pais
        pait paiva paiz pajak pak pakele paladino palafox palazzolo palen palencia palermo paletta paley palin palka
        palko palladino pallante pallas palmateer palmatier palmeri palmertree palmieri palmore palmquist palomba
        palombo palone palos paluch pamplin panameno pancoast pando pandolfo panek panella paneto panetta panganiban
        pangborn pangburn pangilinan pangle pankey pankow pankratz pannell pannone panos panozzo pantaleo pantano
        panter panton panza panzer pao paolino paonessa papadakis papadopoulos papageorge papalia papazian pape papen
        papenfuss papineau papke papp pappalardo pappan pappas paquet paquette paquin parada paradis paradiso parady
        paramo paramore paras parcell parchman pardee pardi pardini pardue paredez parente parenteau parenti parga
        parham parillo parise pariseau parisien parke parkerson parkey parkhill parkhurst parkins parkison parkman
        parlier parlin parm parman parmelee parmenter parmentier parmeter parmley parnell paro parodi parr parrack
        parrales parramore parras parrent parrett parrilla parrinello parrino parris parrott parsell parshall partain
        partee parten partin partington partlow parton partyka parvin parziale parzych pascarelli pasch paschall
        pasche paschke pasco pascoe pascua pascucci pasek pash pasillas pasion paskett pasko pasley pasquarello
        pasquariello passarelli passero passino passman passmore pasternak pastore pastorius pastrana patague patak
        patao patchell patchen patchett patenaude pater paterno paterson patillo patin patlan patman patmon patnaude
        patnode paton patout patridge patry patt pattee patten pattillo pattison patz paugh paulding paules pauley
        paulhus pauli paulin pauling paulk paull paulos pauls paulsen paulson paulus pauly pautz pavao pavelka pavia
        pavlak pavlicek pavlick pavlik pavy pawlak pawley pawlik pawlikowski pawloski pawlowicz pawlowski paxman
        paxson paxton payan payette payeur paylor paynter payson payton peabody peachey peaden peagler peake peale
        pealer pearcey pearcy pearlman pearman pearsall peart peaslee peasley peavey peavler peavy peay pebley pech
        pechacek pecina pecinovsky peckham peco pecor pecora pecoraro peddicord peden pedersen pederson pedigo pedone
        pedretti pedrick pedroso peebles peele peeler peeples peery peet peete peets peevy peffer peffley pegg pegram
        peguero pegues pehowic pehrson peifer peiffer peil peirce peirson pekar pekarek pelc pelchat pelfrey pelham
        pelkey pell pella pelland pellegren pellegrin peller pellerin pellerito pellett pelley pellham pellitier
        pellman pellot peloquin pelosi peloso pelto pelton peltz peluso pelzer pemberton pembleton pembroke penaflor
        penaloza penate pendarvis pendelton pendergast pendergraft pendergrass pendergrast penders pendleton pendley
        penepent penfield penfold penhollow penick penix penland penley penman penn penna pennebaker pennel pennell
        penner penniman penniston pennock pennypacker pennywell penrod penrose pensinger penson penta pentecost penton
        pentz penwell peper pepin peplinski peppard peppler peralez peralto peranio peraza percell percival perdomo
        perdue pere pereda peredo pereida pereyra perfecto perfetti pergola perham peri perico periera perillo perin
        perine perino perkey perkin perkinson perko perl perley perlman perlmutter perlow perlstein permenter perna
        pernell pernice perone perotti perras perrault perreault perreira perrella perrett perrigo perrine perrino
        perrins perris perro perrodin perron perrone perrotta perrotti perryman persad persaud persechino pershall
        persichetti persing persinger persley pertuit perugini pervis perz pesante pesce peschel pesek peshlakai
        pesina peskin pesola pesqueira pesso pestana petell peterka peterkin peterman petermann peth petillo petitt
        petitti peto petrarca petre petrea petree petrella petrey petri petrich petrick petrie petrik petrillo
        petrillose petrin petro petroff petrone petrosino petroski petrosky petrovich petrowski petrus petruso petry
        petsche pett pettaway pettengill petters petterson pettet petteway pettey petti pettibone pettie petties
        pettiford pettigrew pettinger pettis pettit pettitt pettiway pettry pettus pettway pettyjohn petway petz
        petzold peugh peveto pevey pewitt pezzullo pfaff pfalzgraf pfannenstiel pfarr pfau pfeffer pfeifer pfeiffer
        pfeil pfister pflieger pflueger pflug pflum pfohl pfost phair phalen phaneuf phares pharis pharr pharris phaup
        phebus phegley phenix phifer philbeck philbrick philbrook philen philhower philibert philippi philipps philips
        phillippe phillippi philmon philo philp philpot philpott philps philson philyaw phinisee phinney phipps phong
        phou phy piacente piasecki piatt picazo piccard picciano piccione piccioni piccirillo piccola piccoli picha
        piche pichette pickard pickel pickell picken pickens pickert pickett pickford picklesimer pickney pickrell
        pickron pico picone picot picou pidgeon piehl piekarski piel piercey piercy piermarini pieroni pierotti
        pierpont pierri pierro piersall pietila pietrowski pietrzak pietsch pietz pifer pigford pigg piggee pigman
        pigram piland pilarski pilato pilcher pileggi pilger pili pilkenton pilkington pilkins pilla pille piller
        pillot pillsbury pilson pimental pimentel pinales pinard pinchon pinckard pinckney pincus pinegar pinelli
        pineo piner pinero pinette pingitore pingree pinheiro pini pinkard pinkerton pinkett pinkham pinkins pinkley
        pinkney pinkowski pinkston pinnell pinner pinney pinnick pinnix pinnock pinon pinson pinter pinzon pion
        piontkowski piotrowski pipkin pipkins pippen pippenger pippens piraino pirkle piro pirtle pisciotta piscitelli
        piscopo pistone pitchford pitcock pitman pitner pitre pitt pittard pittenger pitter pittmon pittsley pitzen
        pitzer pixler pixley pizana pizano pizer pizzaro pizzi pizzuti pizzuto placek placencia placide placzek
        plaisance plaisted plamondon planck plante plantz plascencia plasencia plaskett plasse plata platero platner
        plato platt platte plattner platts platz plauche pleasants pleau pledger pleiman plemmons plemons plescia
        pless pletcher plewa plonka ploof ploss plotkin plotner plott plouffe plourd plourde plowden plude plumadore
        plumer plumlee plumley plummer plunkett pluta plyler plymale poage poarch poat poblete poch poche pocock
        podesta podkowka podraza poe poehler poeppelman poff poffenberger poggi pogue pohlman pohlmann poindexter
        poirer poirrier poissant poisson poitra poitras pokorny polachek polak polanski polansky polasek polen polfer
        polhemus poli policastro polich polidore polin polinski polinsky politi polito politte polk pollack pollak
        pollan polley pollick pollitt pollman pollock polsgrove polsky polson polster polston polzin poma pomerantz
        pomerleau pomeroy pompa pompei pompey pomroy pong pons pontbriand ponte pontes pontillo pontious pontius
        ponton pooler pooley poon poore poorman pooser poovey popa popejoy popek popham poplawski popoca popovic
        popovich popp poppe poppell poppleton poquette porath porcaro porcelli porche porcher porchia porco porowski
        portalatin portales portee portela portell porteous portera porterfield portes porth portier portis portlock
        portman portner portnoy portwood portz posey posner pospisil postel postell poston poteat poteet poteete
        potenza pothier pottinger pottle pottorff potvin poucher poudrier pough poulin pouliot poulos poulsen poulson
        poulter poulton pouncey pouncy pounders pousson poutre powe powel powelson powley poydras poyer poyner poynor
        poynter poythress pracht prager prahl prall prange prater prather pratico prato pratte pratts praylow preas
        preble prechtl precourt predmore preece prejean prellwitz premo prenatt prenger prentice prentiss presby
        prescott presgraves preslar presler presley presnell pressey pressler pressley pressly pressnell presson
        presswood presti prestidge prestridge prestwich prestwood presutti prete pretti prettyman preuss preusser
        prevatt prevatte previte prevo prewett prewitt prez prezioso pribble pribyl pricer prichard prichett prickett
        priddy prideaux pridemore pridgen pridgeon pridmore priebe priester priestley prigge prill primavera primeaux
        primiano primm primo principato principe prindle prine printup printz prinz prioleau priolo prisbrey prisco
        pritchett pritt pritts privett privette privitera proano probasco probert probst prochaska prochazka prochnow
        prock procopio procter proehl proffit proffitt profitt prohaska prokop propes propp propst prosise prosperie
        prosser prost prothro proto protsman proudfoot proulx prouse prout prouty provencal provence provencher
        provencio provenza provenzano provo prowell prowse pruden prudhomme prue pruett prum pruneda pruner prunty
        pryce pryde pryor przybyla przybylski ptacek ptak pua puccinelli puchalski puckett puentes puett puffinberger
        puglia pugsley pulanco pulaski puleo pulice pullen pulliam pullin pullins pullis pullman pullum puls pulsifer
        pulver pummill pumphrey pundt pung purdie purdom purdue purdum purdy purgason purifoy purington purinton
        purkey purnell pursel pursell pursley purtee purtell purves purvines purvis puryear pusateri pusey pushard
        puskar puterbaugh puthoff putman putnam putney puzo pyatt pyburn pye pylant pyle pyles pyne pyper pyron quach
        quackenbush quade quaid quaintance qualey qualls quam quan quandt quant quaranta quarles quarterman quashie
        quast quattlebaum quattrocchi quayle quebedeaux queener quellette querry quesenberry quesinberry quesnel
        quesnell quigg quiggle quijada quijano quijas quiles quillen quillin quimby quinby quinley quinnie quint
        quintal quintanar quinter quinteros quinto quirion quisenberry quist quon raab raabe raap raasch raatz rabago
        rabalais rabb rabbitt rabe raber rabideau rabin rabinowitz raboin rabon raborn rabren rabun raburn raby
        racanelli racca racette racey rachels racicot racine rackers rackley raco racz raczka rada radabaugh radcliff
        radcliffe raddatz radebaugh rademacher rader radford radican radice radich radigan radin radke radle radley
        radloff radney rado radosevich radovich radtke rady raff raffa raffield ragan rager raggs ragin ragins ragland
        ragle raglin rago ragon ragsdale ragusa rahaim rahal rahe rahim rahimi rahm rahn raia raiford railey railsback
        rainbolt raine raines rainey rainville raisor raitt rajewski rak raker rakestraw rakow rakowski raley rall
        ralls ralphs ralston ramage rambert rambin rambo rameau ramer ramerez rameriz ramero rames ramey ramie raminez
        ramires ramm ramnauth rampton ramsay ramsburg ramsdell ramsden ramsier ramthun ranalli ranallo rance ranck
        rancourt rand randel randle rando randol ranes rankin rankins ranney ranno ransdell ransome ranson rantz ranum
        rao raper rapley rapone raponi raposa raposo rapoza rapozo rapp rappa rappaport rappold rardin rarick rasband
        rasberry rasch raschke rasco rascoe rase rasey rasheed rashid rask raske raskin rasmus rasmusson rasnake
        rasnick raso rasor rast rastorfer ratajczak ratchford ratcliff ratcliffe rath rathbone rathbun rathburn
        rathjen rathke rathman rathmann ratledge ratley ratliff ratner rattray ratz ratzlaff rau raub rauch rauh
        raulerson rauls raulston raupp raus rausch rauscher ravelo ravencraft ravenell ravenscroft raver rawles
        rawling rawlings rawlins rawlinson rawls rawson raybon rayborn rayburn raycroft rayes rayfield raygoza rayl
        raymer raymo rayner raynes rayno raynor rayo rayos raysor raz reagle reale reali reames reamy rearick rease
        reasoner reasor reaux reaves reavis reay rebello rebelo reber rebman rebolledo rebuck recalde recendez rech
        recinos reck recker recore redd reddell reddic reddick redding reddington reddix reddout redeker redel
        redenius reder redfearn redfern redfield redford redick reding redinger redington redlinger redman redmon
        redner redrick redus redwine ree reeb reeder reeh reep reeser reetz rega reger regis regner rego regula
        rehbein rehberg rehder rehkop rehm rehman rehn rehrer rehrig reiber reich reichard reichardt reichel reichelt
        reichenbach reichert reichling reichman reider reidhead reif reiff reifsteck reighard reigle reiher reiley
        reiling reilley reily reiman reimann reimers reinbold reinders reindl reineck reinecke reineke reinert reinke
        reinking reinoso reinsch reinsmith reinwald reisch reisdorf reiser reisinger reisman reisner reiss reistad
        reith reitman reitz reitzel releford relf relford reliford reller relyea remaley rembert remer remick
        remillard remington remley rempe rempel remsen remus rench rencher rendall rende rendell reneau renegar
        renfrew renfro renfroe renfrow rengifo renick renken renn rennick rennie renninger reno renolds renshaw rentas
        rentfro rentschler rentz renwick reny renz repass repine repka repko replogle repp reppert reppond resch
        resendes resendiz reser resh resler resnick respass respess ress ressler rester restivo resto restrepo retana
        retherford rethman retter rettig retz retzlaff reulet reuss reuther reutzel revak revard reveles revell
        revelle revermann reves revis rew rewis rexford rexroad rexroat rexrode reyburn reyer reynaga reynard reynold
        reynosa reys rezac rezendes rezentes rhames rheault rheaume rhee rhein rhem rhine rhinebolt rhinehardt
        rhinehart rhines rhoades rhoads rhode rhoden rhodus rhone rhoten rhoton rhudy rhymer rhyne rhynes rials rias
        ribaudo ribble ricard ricca riccio ricco richarson richart richburg riche richerson richert richeson richins
        richison richman richter rickard rickards ricke rickel ricken rickenbacker ricker rickerson rickert ricketson
        rickett ricketts ricklefs rickles rickman riddell riddick rideau rideaux ridenhour ridenour rideout ridgell
        ridgeway ridgley ridgway ridinger ridings ridlen ridley ridlon ridout riebe riebel rieck ried riedel rieder
        riederer riedesel riedl riegel riehle rieke riel rielly rieman riemann riemer riendeau rients rierson ries
        riese rieser riesgo riess riester rieth rieves riffe riffel rigby rigdon rigel rigg riggan riggenbach riggie
        riggin riggins riggio riggle riggleman riggles riggsby rigsbee rigsby riina rikard riker rimer rimmer rinaldo
        rine rinehart riner rines ringdahl ringel ringgold ringle ringler ringo ringwood rini rinke rinkenberger
        rinker rinne rio riolo riopel rioux ripley rippe rippee rippel rippeon rippy risch rish rishel risher risinger
        risko risley risner riso rison rispoli riss risser rist ristau rister ristow ritacco ritch ritchey ritchie
        ritenour riter ritt rittenberry rittenhouse ritts ritz ritzel ritzer ritzman rivard rivenbark rivenburg
        rivenburgh riveria rives rivett riviera rix rizer rizo rizor rizzi rizzuto roa roane roark roath roback
        robards robare robarge robb robbs robenson rober roberds roberge roberie roberti robey robichaud robichaux
        robicheaux robideau robidoux robie robillard robinett robinette robison robitaille robnett robotham robuck
        roby rocchio roch rochefort rocheleau rochester rochford rochin rochon rockefeller rockett rockey rockhill
        rockhold rockmore rockwell rockwood rodas rodd rodda rodela rodenberg rodenberger roder rodes rodewald rodi
        rodiguez rodkey rodman rodreguez rodrigue rodriguiz rodriguz rodrique rodriques roecker roeder roehl roehm
        roehr roehrig roel roell roemer roepke roesch roeser roeske roesler roesner roessler roff rogalski rogan
        rogowski rogriguez rohde rohe roher rohl rohlfing rohlfs rohling rohlman rohloff rohm rohman rohn rohner rohr
        rohrbach rohrback rohrbaugh rohrer roiger rojero roker rolan rolen roley rolfe rolfes rolin roling rolla rolle
        rollin rollings rollinson rollison rollman rollo roloff rolph rolston romain romanelli romanik romanowski
        romans romanski romas romberg romberger rome romig romine romines rominger romito rommel romney romos romriell
        ronca ronco rondeau rondon rone roney ronk ronning ronquillo rooke rooker roop roope roosa roper ropp roppolo
        roquemore rorick rorie rork rosalez rosati rosato rosborough rosch roseberry roseboro roseborough rosebrock
        rosebrook rosebrough rosecrans roselli roseman rosemond rosen rosenau rosenbalm rosenbaum rosenbeck rosenberg
        rosenberger rosenberry rosenblatt rosenbloom rosenblum rosenburg rosendahl rosenfeld rosenfield rosengarten
        rosenquist rosenstein rosenthal rosenwald rosenzweig roser rosero rosete rosinski rosman rosmarin rosner
        rosoff rosol rossano rossbach rosse rossel rossell rosser rossignol rossin rossiter rossman rosso rosson
        rossow rost rostad rota rotella roten rotenberry rotermund roth rothberg rothchild rothe rothenberg
        rothenberger rother rothermel rothfuss rothman rothrock rothschild rothstein rothwell rotolo rotondo rott
        rottenberg rotter rottman rotunno rotz roudebush roufs rought roughton rouillard rouleau roundtree roundy
        rountree roupe rourk rousey roush roussell rousselle routh routon routson routt rowden rowell rowen rowlands
        rowles rowlett rowlette rowse rowser rowsey rowton roxas royall roye roylance roysden royse royster royston
        rozar rozeboom rozek rozell rozelle rozema rozier rozman rozycki rozzell rozzi ruacho ruark rubalcaba
        rubalcava rubano rubel rubens rubenstein rubert rubino rubinstein rubottom ruch ruchti ruck rucker ruckle
        ruckman rucks rudasill rudd ruddell ruddick ruddock rudie rudisill rudloff rudman rudnick rudnicki rueb
        rueckert ruegg ruehl ruel ruesch rueter ruf rufener ruffin ruffino ruffins ruffner ruffo ruge rugg ruggerio
        ruggles rugh ruhl ruhland ruhnke ruis ruland ruley rulison rumbaugh rumbley rumbo rumery rumfelt rumley rummel
        rummell rumore rumph rumrill rumsey rundell rundle rundquist runge runion runions runk runkel runkle runnion
        runquist runyan runyon ruocco ruoff rupard rupe ruple rupp ruppe ruppel rupprecht rusch rusek rusher rushford
        rushin rushton rusin rusnak russaw russett russi russom russum rustad rustin ruston rutan ruther rutherford
        rutigliano rutkowski rutland rutledge rutt rutter rutty rutz ruud ruvolo rux ruybal ruyle ruzicka ryals ryans
        ryant ryba rybak ryberg rybicki ryburn ryce ryckman rydberg ryer ryerson ryker ryland rylander rylee ryles
        ryman rymer rynearson rys saab saad saade saam saari saathoff saba sabado sabala sabat sabb sabbagh sabel
        sabella sabia sabir sablan sabo sabol sabourin sacchetti sacco saccone sacher sackett sackrider sadberry
        saddler sader sadler sadowski sae saechao saeed saeger saelee saenger saephan saffell saffer saffold safford
        safi safran sagers sagraves sagucio sagun sahagun sahr saia saidi saiki sailer sain saine sais sak sakai
        sakata saks saladin saladino salais salamone salberg saleem salem salerno salge salguero saliba salido
        salierno salim saling salisbury salk sallee sallis salls salman salmi salminen salo salomone salone salsbury
        salsedo salser salsman salters saltsman saltz saltzman salvaggio salvas salvatierra salvato salvetti salvia
        salvino salyards salyer salyers salzano salzar salzer salzman salzmann salzwedel samayoa sambrano samet
        samford sammet sammons samms samons samora sampley sampsel sampsell sams samsel samuels samuelson san sanborn
        sandage sandahl sandavol sandberg sandefur sandel sandell sanden sanderford sanderfur sanderlin sandez
        sandford sandgren sandidge sandifer sandiford sandigo sandin sandine sandler sandlin sandoz sandquist
        sandridge sandrock sandstrom sandt sandusky sanger sangster sanjose sankey sanks sanluis sanner sannicolas
        sano sanon sanor sanpedro sanroman sansbury sanschagrin sansom sanson sansone santaana santander santangelo
        santarelli santee santella santelli santerre santibanez santigo santillanes santilli santillo santini
        santistevan santizo santora santore santoyo santucci sanville sanzo sanzone sao saperstein sapien sapienza
        saporito sapp sappington saragosa saraiva saravia sarcone sardina sardinas sargeant sargent sarinana sarkis
        sarkisian sarkissian sarles sarno sarratt sarrett sarris sarro sartain sartin sartor sartori sartwell sarver
        sarvis sassaman sassano sasse sasser sassman sasso sasson satchell satcher sater saterfiel sather satter
        satterfield satterlee satterly satterthwaite satterwhite sattler sauage sauder sauders sauers saulnier sauls
        saulsberry saulsbury saulter saulters saum saunder saunier saur sauseda sauter sautner sautter sauvageau sauve
        savala savard savarese savary savedra savell savely savidge saville savino savinon savoie savoy sawicki sawin
        sawrey sawtelle saxby saxe saxon saxton sayegh sayer sayler sayles saylor saylors scafe scaffidi scaggs
        scaglione scaife scala scalf scalia scalise scalisi scalzo scarber scarberry scarboro scarborough scarbrough
        scardina scarpelli scarpino scates scavuzzo schaad schaal schaar schaber schacher schacherer schachter schack
        schade schaeffer schaff schaffer schaffner schaible schakel schalk schall schaller schamber schamp schams
        schaner schank schantz schanz schaper schapiro scharf scharff schartz schatz schaub schauer schauman
        schaumburg schaus schauwecker schear schebler schechter scheck schecter scheeler scheerer scheetz scheff
        scheffel scheffer scheffler scheiber scheible scheid scheidegger scheider scheidler scheidt scheiner schell
        scheller schelling schempp schenck schendel schenker schepers schepis scher scherbarth scherer scherf scherman
        schermerhorn scherr scherrer schertz scheu scheuerman scheurer scheve schewe schexnayder schiano schieber
        schiefelbein schieffer schiel schield schiele schier schiff schiffman schild schildgen schilke schill
        schillaci schiller schilling schillinger schimke schimmel schimpf schindler schippers schirmer schiro
        schirtzinger schisler schissler schlabach schlachter schlag schlagel schlager schlanger schlater schlather
        schlatter schlecht schlegel schleicher schleifer schlemmer schlender schlenker schlesinger schleusner schley
        schlicher schlicht schlichter schlichting schlick schlitz schloss schlottmann schlueter schluter schmader
        schmeling schmeltzer schmelzer schmid schmied schmieder schmiesing schmit schmitmeyer schmitz schmoll
        schmucker schmutz schnabel schnarr schneck schnee schneiderman schnell schnelle schneller schnetzer schnider
        schnieder schnieders schnitzer schnur schober schoch schock schoemaker schoen schoenberg schoenberger
        schoenborn schoenfeld schoening schoenrock schoepp scholes scholtes scholze schomaker schomer schommer schon
        schonberger schons schoolcraft schooler schooley schoolfield schoon schoonmaker schoonover schoppe schor
        schorn schorr schott schow schrack schrader schrag schrage schram schramek schramm schrantz schranz
        schrecengost schreck schreckengost schreffler schreiber schreier schreiner schrick schrier schrimsher schriner
        schriver schrock schroder schroer schroeter schrom schronce schroth schroyer schrum schrupp schryver schubert
        schuch schuck schucker schueler schuelke schueller schuessler schuett schuette schuetz schug schuh schuld
        schuldt schulenberg schulke schull schuller schulman schult schulte schultheis schultze schulze schumacher
        schumaker schuman schumann schumer schunk schupp schur schurg schurman schurr schutt schutte schutter schutz
        schuyler schwab schwabe schwager schwalb schwalbe schwalm schwan schwandt schwanke schwantes schwark
        schwarting schwartzberg schwartzkopf schwartzman schwarz schwebach schweiger schweigert schwein schweinsberg
        schweiss schweizer schwenck schwend schwenk schwer schwindt schwing sciacca scianna scicchitano scimeca scinto
        scioneaux sciortino scipio scism sclafani scoby scofield scoggin scoggins scogin scola scoles sconyers scopel
        scotton scouten scovel scovil scoville scranton scriber scribner scrivens scriver scrivner scroggin scroggins
        scroggs scruggs scruton scudder scuderi scurlock scutt seabaugh seaberg seaberry seabolt seaborn seabreeze
        seabrook seabrooks seabury seager seagle seago seagraves seale seales sealey sealock seamans seamon seamons
        seaquist searcy searfoss searight searle searles searls sease seaton seaver seavey seawell seawood seawright
        seay sebesta sebourn sebree sebring sechler sechrest sechrist seckman secor secord secrest secrist seda
        sedberry seddon seder sedgwick sedillo sedlacek sedlak sedlock sedor sedore sedwick seeber seedorf seefeldt
        seegars seeger seegers seegmiller seekins seel seeley seelig seely seelye seeman seese seevers sefton segal
        segall segalla segars segawa seger segers segler sego segraves segrest segundo sehr seibel seiber seibert
        seibold seidell seiden seider seiders seidl seidman seifried seigel seigler seigworth seiler seim seipel seipp
        seiter seitz seitzinger sekulski selander selby selden selders seldon selfridge selig seligman selin selke
        sellars selle selleck selley sellick sellman sellner selman selover selph selsor selvey selvidge selvy selway
        selzer seman sementilli semien semmens semmes semon semones semple senatore sendejo seneca senecal seney seng
        senger senko senne sennett sensabaugh sentell senteno senter senters sentz sepe sepeda seper sepich seppala
        sepulvado sequeira sequra serafini serafino sereno serfass sergent sergi serino serio serpa serrao servais
        servantes servantez servin sesco sessler sessoms sessums sester setliff seto setser setton setzer setzler
        severa severns severson severt severtson severy sevier sevigny seville sevin sevy sewall seward sewell sexson
        seyal seybert seybold seyfried seyler seymore sgro sgroi shabazz shackelford shackett shackleford shadd
        shaddix shaddock shaddox shadduck shadle shadley shadrick shadwick shaefer shaeffer shafer shaff shaffner
        shafran shahan shaheen shahid shain shakespeare shalash shambaugh shamblin shambo shamburger shampine shand
        shands shaner shaneyfelt shanholtz shankle shankles shanklin shapiro shapley shappell sharber sharbono sharer
        sharif sharlow sharman sharples sharpless sharpley sharpton sharrieff sharrock sharrow shasteen shatley
        shattles shattuck shatz shatzer shaub shaul shawgo shawver shead sheaffer shealey shealy shean sheard shearin
        shearn shearon sheats sheckler sheckles shedd shedden shedlock shedrick sheeler sheeley sheely sheetz sheffer
        sheffey sheffield sheffler shehan shehane shehorn shein shelburne shelden sheley shellenbarger shellenberger
        shellhammer shellman shelman shelnutt shelor shemwell shenk shenkel shenkman shepardson sheperd shephard
        shepheard shepler shepley shepperd sher sherard sherbondy sherburne sherer sherfey sherk sheroan sherrard
        sherrer sherrick sherrod sherrow sherwin shetler shetley shew shewmake shewmaker shiba shibata shibley shick
        shieh shier shiffer shifflet shifflett shiflet shiflett shih shiley shillingburg shilts shima shimabukuro
        shimada shimek shimer shimkus shimmel shimmin shimp shinault shindler shingler shingleton shinkle shinn shipe
        shipley shipman shipp shippee shippey shippy shipton shirah shireman shirey shiring shirkey shiroma shisler
        shive shively shives shkreli shoaf shoaff shobe shockey shockley shoemake shoener shoff shoffner shofner
        sholar sholes sholtis shomaker shomo shonk shonkwiler shontz shoop shoopman shope shor shorey shortle
        shortridge shorty shott shotts shotwell shoulta shoults shoultz shoun shoup shouse shover showalter shrader
        shreffler shreve shreves shrewsberry shrewsbury shrider shriner shriver shrock shropshire shrout shroyer shrum
        shryock shubert shue shuey shufelt shuff shuffield shuford shugart shuler shull shulman shultis shults shultz
        shum shumake shumaker shuman shumate shumpert shumsky shumway shunk shupp shur shurtleff shurtliff shurtz
        shuster shute shutt shuttleworth shutts sia sias sibert sibley sibrian sica sicard siciliano sickels sickler
        siddall siddens siddiqi sidebottom sidener sider sideris siders sidler sidoti sidwell sieben siebenaler sieber
        siebert siebold sieck siefert sieg siegal siegel sieger siegle siegler siegrist siemens siemers siems
        sienkiewicz sieren siers sievers sievert siewert sifford sifuentes sigala sigel sigg siggers sigler sigman
        sigmon signor signorelli signorile siguenza sikes sikkink sikora sikorski silano silber silberman silcox siler
        silguero silis siller silliman sillman silman silmon silsby silvas silvera silverberg silveria silverio
        silverman silvernail silverstein silverthorn silvey silvis simard simas simcox sime simek simental simeon
        simeone simerly simes simien simington simkin simkins simko simmerman simms simoes simonds simoneau simoneaux
        simonelli simonetti simonsen simonson simonton simpkins simser simson sinatra sindelar sinegal sines singelton
        singler singletary singleterry singley siniard sinkfield sinkler sinko sinn sinquefield siordia sipe sipes
        siple sipos sipp sippel sipple siqueiros siragusa sircy sirianni sirko sirmans sirmons sirois sisco sisemore
        sisk siska sisler sison sissom sisson sisto sistrunk sitler sitsler sittig sitton sitz sitzes sitzman sivels
        siverd sivils sizelove sizemore sjoberg sjodin sjogren sjolund skaggs skala skalski skalsky skare skeans skeem
        skeen skeens skeete skeeter skelley skelton skenandore skerrett skiba skidmore skiles skillern skillings
        skillman skipworth skiver sklar skoglund skolnick skoog skora skovira skow skowron skowronski skyles slabaugh
        slade slaght slagle slama slane slankard slape slaten slaton slatter slatton slaubaugh slaugh slaven slavens
        slavik slavin slawson slaybaugh slayden slaydon slaymaker slayton slee sleeman sleeth slemp sletten slezak
        slifer sligar sliger sligh slinkard slinker sliter sliva sliwa sloas sloat slocum slocumb sloma slonaker slone
        sloss slovak slover slovinsky slowik sluder slusher sluss slusser slye slyter smail smale smalley smalling
        smallwood smarr smartt smathers smead smeal smedley smelcer smelley smelser smeltzer smetana smiddy smidt
        smither smitherman smithers smithey smithson smithwick smitley smoak smola smolen smolka smoot smotherman
        smrekar smtih smuin smyer smyers smylie smyre smyser snape snapp snarr snavely snay snead snedden snedeker
        sneed snelgrove snell sneller snellgrove snelling snellings snelson snively snoddy snodgrass snook snover
        snowberger snowden snuggs soares sobczak sobel sobieski sobol sobolewski sobolik sobota sobotka sobus socha
        socia sockwell soden soder soderberg soderlund soderman soderquist soderstrom soeder soffer sogge sohn soileau
        soja sojka sojourner sok sokol sokoloff sokoloski sokolowski sokolsky solan soland solares solberg soldner
        solem solheim soliday solie soliman solivan sollars sollenberger soller sollers solley sollis soloman solt
        soltani soltero soltis soltys solum soluri somerville somma sommerfeld sommerfeldt sommerfield sommers
        sommerville sondag sones songer sonne sonnek sonnenberg sonnier sonntag sooter soper sopha sopher sopp soppe
        sorber sorensen sorenson sorg sorge sorkin sorrell sorrells sorto sorum sosebee sosinski sosnowski soto
        sotomayor sottile soucie soucy souder souders soukup soule soules souliere souter southall southard souther
        southerland southers southwell southwick southwood southworth sova sowa soward sowards sowder sowders sowell
        sowinski soza spackman spada spadaro spader spadoni spady spaeth spafford spagnola spagnoli spagnolo spagnuolo
        spahn spahr spainhour spalding spalla spanbauer spang spangler spann spano spanos sparacino sparano spargo
        sparkes sparkman sparling sparr spataro spath spaulding spaziani speakman spearman speas spece specht speciale
        spector speece speegle speelman speers speicher speidel speier speight speights speir speirs speiser spellacy
        spellman spelman spengler speno spera sperber sperling spero sperry speth spevak speziale spicer spicher
        spidle spiegel spiegelman spieker spielman spiers spight spigner spilker spiller spillers spillman spilman
        spindel spindler spinella spink spinks spinney spino spinosa spiro spitler spittler spitz spitzer spiva
        spivery spivey splawn spofford spohn spomer sponaugle spong sponseller sponsler spooner sporer sposato spoto
        spotts spracklen spradley spradlin spradling spraggins spraggs sprague sprankle spratlin spratling spratt
        sprau sprayberry sprecher spreen sprehe sprenger spriggs springer springfield springston sproles sproul
        sproule sproull sprouse sprow sprowl spruell spruill sprunger sprvill spurgeon spurgin spurlin spurling
        spurlock spurr spurrier squibb squier squillace squillante sroka srour staab staats stabile stablein stach
        stachowiak stachowicz stachowski stacker stackhouse stackpole stadler stager stagg staggs stagnaro stagner
        stahl stahler stahley stahlhut stahlman stahly staiger stainback stainbrook staker stalcup stalder staley
        stallard stallcup staller stallings stallman stallone stallworth stalnaker stalter stalvey stalzer stam
        stamand stamant stambaugh stamey stamm stamper stampley stanaland stanard stanback stanberry stanbery stancil
        stancill stander standerfer standifer standish standley standridge stanek stanfield stanfill stanforth stang
        stanger stangl stangle stango stanhope stanislawski staniszewski stankiewicz stanko stannard stano stanphill
        stansberry stansbery stansbury stansel stansell stansfield stanwood stapel stapp starbird starbuck starcher
        starck starke starkes starkey starks starkweather starner starnes starns starrett starzyk stasiak staten
        statham statler staton statton staub stauber stauble staudt stauffer stayer stayton stclair stclaire stcyr
        stdenis steadham steadman steakley stear stearman stearn stearns stebbins stecher steck stecker stecklein
        steckler steckman stedman steedley steege steelman steenberg steenbergen steere steeves stefaniak stefanik
        stefanski steffan steffens steffensen steffensmeier steffenson steffes steffey steffler steffy stegall
        stegeman steger stegman stegner stehle stehlik stehr steib steichen steidl steier steiger steigerwald steil
        steimle steinbach steinback steinbeck steinberger steinbrecher steiner steinert steinfeld steinfeldt
        steinhardt steinhart steinhauer steinhauser steinhoff steinke steinle steinman steinmann steinmetz steitz
        stejskal stell stellato stelle steller stellhorn stelling stellmacher stelly steltenpohl stelter stelzer
        stembridge stemen stemm stemper stemple stenberg stender stene stengel stenger stennett stennis stensrud
        stenstrom stenzel stephans stepney stepp steptoe sterba stermer sternberg sternisha sterrett sterry stetler
        stetson stetz steuck stever steverson steves steveson steyer stfleur stfort stgelais stgeorge stgermain
        sthilaire stice stich stickel stickland stickle stickles stickley stickney stidham stief stiefel stier
        stierwalt stiffler stifter stigall stiger stille stilley stillings stillman stillson stillwagon stillwell
        stilson stiltner stilwell stimac stimage stimmel stimpson stimson stinchcomb stine stinebaugh stiner stines
        stingley stinnett stinson stipe stirewalt stirling stites stith stitt stiver stivers stiverson stjacques
        stjames stjean stjohn stlaurent stlawrence stlouis stmarie stmartin stmichel stobaugh stober stockard
        stockbridge stockdale stocker stockley stockman stockstill stockton stockwell stoddard stoddart stodghill
        stodola stoecker stoehr stoffer stogner stogsdill stohr stoia stokely stokey stokley stolle stoller stollings
        stolp stolte stoltenberg stoltz stoltzfus stolz stonebarger stoneberg stonebraker stoneburner stonecipher
        stoneham stonehouse stoneking stoneman stonerock stonesifer stonestreet stong stonge stoodley stookey
        stooksbury storch storck storer storie storlie storment stormer storrs stotler stott stottlemyer stotts stotz
        stoudemire stoudt stouffer stough stoughton stours stoute stoutner stoval stovall stover stowe stowell stowers
        stpeter stpierre stracener strachan strack strackbein strader stradford stradley strahan strahl strahle straka
        straker straley strandberg strang stransky strasburg strassburg strasser strate stratford stratman stratton
        straub straube strauch straughan straughn straughter straus strausbaugh strauser strawbridge strawder strawn
        strawser strayer strayhorn streater strebe strebel streck strecker streeper streeter streetman streett strege
        streich streicher streiff streight streit strelow streng strey stribling stricker strickler stricklin strider
        striegel strine stringfellow stringfield stringham striplin strite strittmatter strobel strobl stroble strock
        strohl strohm strohmeyer strom stromain stroman stromberg strome stromer stromme stronach stroop stroope
        strope strosnider strother strothers strothmann stroud strough stroup stroupe strouse strout strouth strozier
        strub strubbe strube struble strunk struss struthers struve strycker stryker strzelecki stthomas stubbe
        stubblefield stubbs stuber stucker stuckert stuckey stucki stucky studdard studebaker studer studivant studley
        studstill studt stueber stueve stufflebeam stuhr stukes stull stults stultz stumbaugh stumbo stumpe stumpff
        stupka sturdevant sturdivant sturgell sturges sturgill sturgis sturm sturman sturrock sturtevant sturtz stutes
        stuteville stutler stutsman stutts stutz stutzman stwart styer styers styons styron suares suazo suber subia
        sublett sublette suchan suchy suckow suda sudbury suddarth sudderth suddeth suddith sudduth suder suderman
        sudler suen suero suess sugarman sugden sugg suggs suh suhr suire suiter suitt sulik sullenger sullens sullins
        sullivant sulser sulton sulzer suman sumbry sumerlin sumler sumlin summa summerall summerfield summerford
        summerlin summey summitt summy sumner sumners sumpter sumrall sumrell sumter sund sundberg sunde sundell
        sunderland sunderlin sunderman sundquist sundstrom suniga sunseri supernaw suppa sur surace surbaugh surber
        surette suriel surita surles surprenant surratt surrell surrency surrett surrette sussman sustaita sutcliffe
        suter sutera suther sutherland sutherlin sutley sutliff sutphin sutter sutterfield suttle suttles suydam
        svendsen svoboda swaby swader swafford swager swagerty swaim swainston swanberg swaner swaney swanger swanigan
        swann swanner swantek swanton swarey swarner swarthout swartout swarts swartwood swartz swartzentrube
        swartzfager swartzlander swasey swatzell swayne swayze swearengin swearingen swearinger swearngin sweatman
        sweatt swecker swedberg sweeting sweetland sweetman sweeton sweetser sweigart sweitzer swem swensen swenson
        swett swicegood swick swider swiderski swigart swiger swigert swihart swilley swindall swindell swinderman
        swindoll swineford swinehart swiney swinford swingle swink swinney swinson swint swinton switalski switzer
        swoboda swofford swoope swope swopes swyers swygert sybert sydnor sydow syed sykora sylva sylvain sylve
        sylvest sylvestre symes symonds synder sypher syring sytsma syverson szabo szafranski szatkowski szczepaniak
        szczepanski szekely szeto szewczyk szot szymanski szymczak taaffe tabares tabarez tabb taber tabios tabler
        tabon tabor taborn tabron tacey tacker tackett tackitt tacy tada taddei taddeo tademy tadlock tadych taff
        tafolla taft tagg taggert tagle tague taheri taillon taing taira tait taite taitt takacs takeda takemoto
        taketa takeuchi talamantes talamantez talamo talarico talbert talbott talcott talerico taliaferro talkington
        tallant tallarico tallent talley tallie tallmadge tallman tallon talmadge talmage talor talsma talton talty
        tamashiro tamburri tammaro tammen tamplin tamura tanabe tancredi tanenbaum taney tangeman tanguay tanguma
        taniguchi tanis tankersley tanksley tann tannehill tannenbaum tanouye tanski tant taormina tapley taplin tapp
        tappan tapper tapscott tarango taranto tarbell tarbox tardif tardiff tardugno tarin tarkington tarleton
        tarlton tarnowski tarpley tarr tarrance tarrant tarro tartaglione tartt tarver tarvin tarwater tasch tash
        tasker tassin tasson tassone tatem tatham tatman tatom tatro taub taube tauber taubman tauer taul taulbee
        taunton tauscher tavares tavarez tavenner tavera taveras tavernia tavernier tawil tawney taybron tayler
        teachout teaford teagle teague teamer teare teasdale teasley teaster tebbs tebo tedder tedeschi tedford
        tedrick tedrow teegarden teel teeple teer teets tefft tegeler tehrani teicher teitelbaum tekautz tekulve
        telesco telfair telfer telford telles tellier tellis temblador temme tempel templeman templet templeton
        templin tenaglia tench tenenbaum teneyck teng tengan tennant tenner tenney tennison tenny tennyson tepper
        tercero terhaar terhune terlizzi terpstra terranova terrel terrien terrill terrio terrones terwilliger tesar
        tesch tesh teske tesreau tessitore tessman tessmer testa testani testerman teston teter teters teti tetrault
        tetreault tetrick tetterton tetzlaff tevis tew tewell tewksbury tews texada texeira tezeno thach thacker
        thackston thai thaler tham thames thammavong tharp tharpe tharrington thau thaxton thayer theall theberge
        thedford theel theis theisen theiss thelen thelmon theriault theriot theroux therrell therriault therrien
        thesing thetford theunissen theurer theus thibeau thibeault thibeaux thibert thibodaux thibodeau thiede thiel
        thiele thielen thiem thieman thiemann thieme thiessen thigpen thill thiry thivierge thode thole thoma thoman
        thomann thomason thomasson thome thomes thompkins thoms thomsen thomure thon thone thor thorburn thorell
        thoren thoreson thorington thormahlen thorman thornberry thornburg thornburgh thornbury thorndike thorne
        thornell thornhill thornley thornsberry thorp thorsen thorson thorton thrailkill thran threadgill threatt
        threet threlkeld throckmorton throgmorton throneberry throneburg thronson throop thulin thumm thurber thurgood
        thurlow thurmon thurmond thurston thuss thwaites thweatt tiano tibbals tibbets tibbetts tibbits tibbitts
        tibbles tibbs tice ticer tichenor tichy ticknor tidball tidd tidmore tidwell tiede tiedeman tiedemann tiedt
        tiefenauer tieman tiemann tienda tierce tierno tietjen tietz tieu tiffin tift tiggs tighe tigner tignor tigue
        tilden tilford tilghman tillery tillett tilley tillinghast tillis tillison tillman tillmon tillotson tillson
        tilson tilton timberlake timbs timko timmer timmins timmons timms timpe timpson tims tinajero tinch tincher
        tindall tindel tindell tindle tineo tiner tingey tingler tingley tinkham tinkler tinley tinnel tinner tinnin
        tinnon tinoco tinsley tinsman tipler tippen tippens tippett tippetts tippie tippin tippins tippit tipps tipton
        tircuit tirey tirpak tirrell tisby tisch tischer tischler tisdale tisher tison titcomb titsworth tjaden tkach
        tobar tobe tober tobey tobia tobler toborg tocci tocco todaro todhunter toenjes toepfer toews toft tokar
        tokarski tokarz toland tolar tolbert tole toler toles toliver tolle tollefson toller tolleson tollett tolley
        tollison tolliver tolman tolmie tolson toma tomaino toman tomasek tomasello tomasi tomasino tomasulo
        tomaszewski tomberlin tomblin tomczak tomer tomerlin tomey tomich tomita tomkins tomko tomlin tompkins tompson
        tomsic tomson tondreau tonelli tonge tonini tonkin tonn toohey tooke tooker tookes tooley toombs toomer toon
        toone toothaker toothman tootle tope topete topham topp topper toppin topps torain torbert torbett torchia
        tores torez torgersen torgerson torgeson torgrimson torian torina torkelson torok torrain torrance torregrossa
        torrey torry torsiello torti tortora toscano tosh tostado toste toth totman toto totten totty touchet
        touchette touchton toulouse toupin toups tourigny tourville tousant tousignant tovey towe towell towery towle
        towler towles towne towner townes townley townsel townsley townson towry towsend toye tozier traber trabert
        trabue traeger trafford trafton trahan traina tramble tramel trammell tranmer transue trantham trask traub
        traughber trautman trautmann trautwein travelstead traver traverso traw traweek trawick traxler traylor
        traynham traywick treadaway treadway treadwell trease treaster tredway treece treese trego tregre treiber
        treloar tremain tremaine trembath tremblay trembley trembly tremmel tremper trenholm trentham trepanier
        treptow tressler trevarthen trevathan trevizo trew trexler trezza triana triano tribbett tribble tricarico
        triche trickett trickey trier trieu trigg triggs trimarchi trimble trimm trimpe trinkle trinklein triolo
        triplett tripodi tripoli tripp trippe trippett trisdale trisler tritt trivett trivette trivino troche troester
        trogdon troha troia troiano trojacek trojan trojanowski trollinger trombley trombly troncoso trone trosclair
        trosper trostle trotman trott trottier troublefield troung troup trousdale troutman troutner troutt trowbridge
        trowell trower troxel troxell troxler troyan troyer truax truby trudeau trudell trueblood truehart trueheart
        truelove trueman truesdale truesdell truett truex truitt trull trulove trulson truluck trumbauer trumble
        trumbo trumbull trundy trunnell trunzo truscott trussell trybus tryon tsai tsan tsang tsao tschanz tschida tse
        tseng tso tsosie tsou tsui tsuji tubb tubbs tubman tucci tuch tudor tuel tueller tuff tuggle tugwell tuite
        tuley tull tuller tulley tullier tullis tullius tulloch tullos tuma tumbleson tuminello tumlin tumlinson
        tumminello tunison tunnell tunney tunson tunstall tupper turano turberville turbeville turbyfill turcios turck
        turco turcott turcotte turek turgeon turk turlington turman turmelle turnage turnbaugh turnbough turnbow
        turney turnipseed turnley turnmire turnquist turpen turrell turrentine turton turturro turvey tusa tusing
        tussey tustin tuten tuthill tutko tutson tutt tuttle tutwiler twedt tweedie twellman twersky twiddy twiford
        twigg twiggs twilley twiss twitchell twitty twombly tworek twyman tye tyer tygart tylor tyndall tyner tynes
        tyo tyre tysinger tyus uber uchida udell uecker ugalde uhl uhler uhlig uhlman uhrich uhrig ulbrich ulery ullah
        ulland ullery ullman ulm ulman ulmer ulrey ulsh ulysse umali umana umbarger umbaugh umberger umbrell umfleet
        umland umphrey umstead underdahl underdown underhill ung ungar ungaro unger unknow unrein unrue unruh unsworth
        untiedt unzueta uong upchurch updegraff updegrove updike updyke upham uphoff uplinger upshaw upshur upson
        uptain upton uram uranga urbach urbain urbanek urbaniak urbanski uren urenda ureno uresti urey urich urick
        urie uriostegui urman urquhart urquidez ursery urso ursua urton uselton usrey usry ussery utecht utley utsey
        utt utterback utzinger uvalle uyeda uyehara uzelac uzzell uzzle vacca vaccarezza vaccaro vacek vachon vaden
        vadnais vahle vail vaillancourt vails valade valasquez valazquez valcourt valderas valdiviezo valdovinos
        valenta valente valenti valenza valenzula valerius valez valiente valla vallance vallarta vallecillo vallejos
        vallery valletta vallier valliere vallieres vallo vallone valois valone valtierra valvo vanallen vanalphen
        vanalstyne vanaman vanantwerp vanarsdale vanasse vanatta vanauken vanausdal vanbebber vanbeek vanbrocklin
        vanbrunt vanburen vanbuskirk vancamp vancil vancise vancleave vancleve vancuren vandam vandegrift vandehey
        vandemark vandenberg vandenbosch vandenburg vanderbilt vanderburg vanderford vandergriff vandergrift
        vanderheyden vanderhoff vanderhoof vanderhorst vanderlinde vanderlinden vandermark vandermeer vandermeulen
        vandermolen vanderploeg vanderpoel vanderpol vanderpool vanderslice vandersloot vanderveen vanderveer
        vandervoort vandervort vanderwal vanderzee vandeusen vandevelde vandeventer vandever vandine vandiver vandoren
        vandorn vandusen vanduyn vanduyne vanduzer vandyck vandyke vandyne vaneck vanek vanepps vanetten vanfleet
        vanfossen vangieson vangilder vangorder vanguilder vangundy vanhecke vanhook vanhoose vanhooser vanhorn
        vanhorne vanhouten vanhoy vanicek vankampen vankeuren vankirk vankleeck vanlandingham vanleer vanleuven
        vanloan vanmatre vanmeter vann vannatta vannatter vanness vannest vannice vannorman vannostrand vannote vannoy
        vanorden vanostrand vanover vanpatten vanpelt vanriper vansant vanschoyck vanscoy vanscyoc vansickle vanslyke
        vant vantassel vantassell vanterpool vantine vantrease vanvalkenburg vanveen vanvliet vanvoorhis vanwagenen
        vanwagner vanwagoner vanwart vanwie vanwingerden vanwinkle vanwormer vanwyk vanzandt vanzant vanzee vanzile
        vaquera vardeman varden varga vargo vargus varian varley varn varnado varnadoe varnell varner varnes varney
        varnum varon varona varrone vartanian vasbinder vasconcellos vashaw vashon vasil vasko vasques vass vassallo
        vassar vassel vassell vasser vasta vath vatter vaugh vaughns vaught vause vautour vavra vawter vayda vaz
        vazguez vazques vea veach veals veasey veasley veatch veazey veazie vecchio vecchione vedder vegas veiga
        veilleux veillon veitch veith velaquez velarde velardi velardo velasques velazco veloz veltri venable venard
        vencill venema veney venezia venne venner vensel venson venters ventimiglia ventresca ventura venturini venuti
        venzon ver veras verburg vercher verdin vereen veres verhey verissimo verley vermette vermilyea verne verner
        vero verret verrett verrier verrill versteeg vert vertrees verville vescio veselka vesely vesey vess vestal
        vester vetere vetrano vetter veve vey vezina vialpando viars viator viau vibbert vicari vicario vicencio
        vicini vick vickers vickery vicknair vickrey vickroy vicks victorero victorian victorine vidales vidana
        vidaurri vides vidmar vidrine vidrio viel viele vien viens vierling viernes vierra viers vieth vieyra viger
        viggiano vigna vigue viles villacis villacorta villafana villafane villafuerte villagran villagrana villalon
        villalovos villalta villalva villalvazo villamar villamil villaneda villani villano villanova villanveva
        villarruel villatoro villavicencio villeda villela villella villeneuve villescas villicana villines viloria
        vincelette vincente vinci viner vining vinsant vinson vinton vinyard vinzant viramontes virden vire virga
        viruet vitagliano vitale vitela vitello viteri vitiello vitolo vittetoe vitti vittitow vivanco viveiros
        viverette viveros viviano vivier vizcarra vizcarrondo vlcek voegele voelkel voelker vogan vogel vogelsang
        voges vogl vogler vogus voight voigt voiles voisine voit voliva volk volkert volkman volkmann voll vollmer
        volpe voltz volz vona vonderheide vong vonruden vonseggern voorhees voorhies voorhis vorce vore vorhies voris
        vorpahl vos vosburg vosburgh vose voshell voss vossen vossler votaw voth votta vought vowell voyles vrabel
        vrba vreeland vrieze vroman vrooman vue vuong waag waage wacaster wachob wachowiak wachtel wachter wada
        waddell waddill waddington waddy wadkins wadleigh wadley wadlington wadlow wadman wadsworth waechter wafford
        wagaman wagar wageman wagener wagganer waggener waggoner wagler wagnon wagstaff waguespack wahl wahlberg
        wahlen wahlgren wahlquist wahlstrom wahs waibel waid wain wainright wainscott wainwright waite waites
        wakefield wakeland wakeley wakeman waker walberg walborn walburn walch walck walcott walczak wald waldeck
        walden walder waldman waldner waldon waldorf waldow waldrep waldridge waldrip waldrop waldroup waldrup
        waldschmidt waldvogel walford walke walken walkes walkins walko walkowiak walkup wallach wallander wallen
        walley wallick wallin wallingford wallington wallner walmsley walpole walquist walrath walraven walser walson
        walston walt walth walthall waltman waltrip walts walworth walz walzer wambach wamble wampler wamsley
        wanamaker wangerin wanke wann wannamaker wansley wantz warburton wardell wardlaw wardle wardlow wardwell
        wareham wareing waren warf warfel warfield warford wargo waring wark warkentin warlick warmack warman warne
        warnecke warneke warnell warnick warnke warnock warr warrick warriner warrington warshaw warthen warwick
        wasden washam washburn washinton wasielewski wasik wasilewski wasinger waskiewicz wasko wasmer wasmund wass
        wasser wasserman wassink wasson waterbury waterfield waterman waterson watford wathen watkin watkinson watler
        watley watlington watrous wattenbarger watterson wattley watton watwood watzka waugh wauneka wawrzyniak waxman
        waybright waycaster waye wayland wayman wayment waymire waynick wayt wead weakland weakley weaks wease weast
        weatherall weatherbee weatherby weatherford weatherhead weatherholt weatherholtz weatherly weathersby
        weatherspoon weatherwax webber webre wechsler wecker weckerly weddel weddell wedderburn weddington weddle
        wedeking wedel wedell wedemeyer wedgeworth weeden weedman weedon weekes weekley weems weese weesner weger
        weglarz wegman wegner wehling wehmeyer wehner wehr wehrle wehunt weiand weibel weible weich weichman weick
        weide weideman weidemann weidenbach weider weidler weidman weidner weigand weigel weigelt weigle weihe weikel
        weil weiland weilbacher weiler weimar wein weinberg weinberger weiner weinert weingart weingarten weingartner
        weinheimer weinman weinmann weinreb weinrich weinstein weinstock weintraub weirich weis weisberg weisbrod
        weise weisel weisenberger weisenburger weiser weisgerber weishaar weishaupt weisinger weiskopf weisman weisner
        weisser weissinger weissman weist weisz weitz weitzman welborn welcher welden weldy welk welke welker wellborn
        welle welles welliver wellman wellner wellons welner welsch welte welton welty weltz welz wemmer wempe wemple
        wendel wendelken wendland wendler wendling wendorf wene wenger wengerd wengert wenig wenner wenning wenrich
        wenrick wensel wente wenthold wentworth wentz wentzel wentzell wenz wenzl werley werling wernick wert werth
        wertman werts wertz wesch wescott wesely wesner wesolowski wess wessell wessels wessner wesson westberg
        westberry westbrook westbrooks westbury westby westcott westendorf wester westerberg westerfield westergard
        westerling westerlund westerman westervelt westfall westfield westgate westhoff westlake westley westling
        westlund westman westmoreland westover westphal westra westray westrich westrick westwood wetherbee wetherby
        wetherell wetherington wethington wetmore wettstein wetzel wetzler wexler wey weyand weyandt weyant weyer
        weyers weymouth weyrauch weyrick whaley whalley whang wharton whatley wheatley wheaton wheeless wheelis
        wheelock wheelus whelchel wheless wheller whelpley wherry whetsel whetstine whetzel whichard whicker whidbee
        whidden whiddon whigham whipkey whipps whisenant whisenhunt whisler whisman whisnant whitacre whitbeck
        whitbread whitby whitcher whitchurch whitcomb whiteaker whited whitefield whiteford whitehair whitehall
        whitehill whitehorn whitehurst whitelaw whiteley whitelow whitely whiteman whitenack whitesel whitesell
        whiteside whitesides whitfield whitford whitham whitis whitlatch whitlock whitlow whitman whitmarsh whitmer
        whitmire whitmore whitner whitsel whitsett whitsitt whitson whitt whitted whittemore whitten whittenberg
        whittenburg whittier whitting whittingham whittington whittlesey whitton whitwell whitworth whobrey whorley
        whorton wiater wiatrek wible wice wichman wichmann wicke wickens wickersham wickert wickham wickliffe wickline
        wicklund wickman wickstrom wickwire widell wideman widener widger widman widmer widner widrick wiebe wiechman
        wiechmann wieck wieczorek wiedeman wiedemann wieder wiedman wiegand wiemann wiemer wien wiens wier wierenga
        wierman wiers wiersma wierzbicki wiese wiesen wieser wiesner wiest wigfall wigfield wigger wiggin wigginton
        wiggs wightman wigington wiginton wigley wigton wike wikel wikoff wilbanks wilborn wilbourn wilcher wilcoxen
        wilcoxon wilcoxson wilczynski wilde wilderman wildermuth wildes wildey wilding wildman wildner wildt wilfong
        wilgus wilham wilhelms wilhite wilhoit wilhoite wiliams wilk wilke wilken wilkening wilkens wilkenson wilker
        wilkes wilkey wilkie wilkin wilkison wilks willaert willaims willams willbanks willcox willcutt wille
        willeford willer willert willet willett willetts willey willford willhite willhoite williard williford
        willilams willimas willingham willison willits willman willmon willmore willms willner willoughby willsey
        willson wilmarth wilmes wilmeth wilmore wilmot wilmoth wilmouth wilner wilsey wiltse wiltshire wiltsie wiltz
        wimberley wimberly wimbish wimbley wimbush wimer wimmer wimsatt winans winberg winborne winburn winbush
        winchell winchenbach winchester winder winders windham windholz windle windley windom windsor winebarger
        winebrenner winegar winegarden wineinger wineland winer winfield winfree winfrey wingard wingate wingerd
        wingert wingerter winget wingfield wingham wingler wingo wingrove winick wininger winkel winkelman winker
        winkfield winkle winkleman winkles winland winn winnett winningham winokur winrow winsett winship winslett
        winslow winson winsor winstead wint wintersteen winther winthrop wintle winton winward winzer wireman wiren
        wirt wirta wirtanen wirtz wischmeier wisecarver wisecup wiseley wiseman wisener wisham wishart wishon wismer
        wisner wisneski wisniewski wison wisser wissing wissman wiste wiswell witcher witek witham withee witherell
        witherington witherite witherow witherspoon withey withrow witkowski witman witmer witt witten wittenberg
        witter wittich wittie wittig wittman wittmann wittmer wittner wittrock witts wittwer witzel witzke wix wixom
        wixon wixson wms wnek wnuk wobig woelfel woerner wofford wohl wohlers wohlford wohlgemuth wohlwend wojciak
        wojciechowski wojcik wojnar wojtczak wojtowicz wolak wolanin wolanski wolaver wolbert wolcott wold woldt
        wolery wolfenbarger wolff wolfgram wolfinger wolford wolfrom wolfrum wolfson wolin wolk wolken woll wollam
        wollard wollenberg wollman woloszyn wolpert wolske wolski wolter woltman woltz wolverton womac womack womer
        wommack wonderly wongus woodall woodberry woodbridge woodburn woodbury woodby woodell woodfin woodfolk
        woodford woodfork woodham woodhouse woodie woodin woodis woodley woodmansee woodridge woodring woodruff
        woodrum woodside woodsmall woodson woodworth woodyard woolard woolbright wooldridge woolery woolever wooley
        woolf woolfolk woolford woollard woolman woolridge woolsey woolston woolum woolverton woolwine woomer woosley
        wooster wooten wooton wootten wootton worcester worden wordlaw worley worman wormley worrall worrell worsham
        worsley worster wortham worthen worthey worthington worthley wortman wotring wotton woullard wozniak wragg
        wray wrede wrigley wrobel wroblewski wrona wronski wroten wuensche wuest wunder wunderlich wunsch wurm wurst
        wurster wurth wurtz wyant wyble wyche wyckoff wycoff wydra wyer wygant wyke wykoff wyland wyler wyles wylie
        wyllie wyman wymer wymore wynkoop wynn wynter wyrick wyse wysocki wysong wyss xie yackel yadao yadon yaeger
        yager yagi yahn yale yamanaka yamasaki yamashiro yamauchi yancey yancy yanda yandell yanes yaney yankey yann
        yanni yannone yant yantis yao yaple yarber yarberry yarborough yarbough yarbro yarbrough yarde yardley yarger
        yarman yarnall yarnell yarrington yasso yatsko yau yazzie ybanez ybarbo yeadon yeager yeagley yeaman yearby
        yearout yearsley yearta yearwood yeary yeater yeates yeatman yeaton yeats yeatts yedinak yeh yeldell yelle
        yellen yellock yellowhair yelton yelverton yelvington yeo yeomans yepes yepez yerby yerger yerian yerkes
        yetman yetter yeung yim yingling yingst yniguez yoakum yoast yochum yockey yocom yocum yoes yohe yohn yoho
        yokley yokota yokoyama yokum yonan yonker yonkers yonts yoo yopp york yorke yorker yoshimoto yoshimura
        yoshioka yost yother youd youmans younan younce youngberg youngblood youngman youngquist youngren youngs
        younker younkin yount younts yousef yousif youtsey yow yowell yuen yuhas yunker yurick yurko yutzy yzaguirre
        zabel zabriskie zaccaria zacharias zachry zackery zager zagorski zahl zahler zahm zahradnik zaino zaiser zajac
        zajicek zakrzewski zaldivar zale zalenski zaleski zalewski zamarripa zambo zambrana zamor zamzow zanchez
        zander zanders zanella zang zangari zank zapien zappa zappia zaragosa zarco zaremba zarr zarrella zarro
        zartman zastrow zauala zaucha zavaleta zawacki zawislak zayac zazueta zdenek zebrowski zecca zech zeches zeck
        zee zeh zehnder zehner zehr zeiger zeigler zeiler zeitler zeitz zeledon zelenka zelinski zell zellars zeller
        zellers zellmer zellner zelman zelnick zeman zemke zemlicka zendejas zender zenner zeno zent zenteno zentz
        zenz zeoli zeolla zepp zerangue zerbe zerby zeringue zermeno zerr zertuche zetina zets zick zickefoose zieba
        ziebarth ziebell ziegler zielinski zielke zieman ziemann ziemba ziemer zier ziff ziglar zigler zilnicki
        zimmerer zimmermann zinck zingaro zink zinke zinn zins ziolkowski zion zipp zirbel zirk zirkind zirkle zody
        zoeller zoellner zogg zoll zollars zoller zollicoffer zollinger zollner zook zorn zuber zubia zuccaro zucco
        zuchowski zuck zucker zuckerman zuehlke zuelke zufelt zuidema zuk zukowski zulauf zullo zumwalt zundel zupan
        zurcher zurek zurn zweifel zwick zwiebel zwilling zwolinski zych zygmont zylstra zynda
        """
    static let censusAmbiguous = """
        abbey aide alpha angelic angle art aura barney basil beau bee bell belle beryl bill birdie blossom bong bonny
        brain brook bud buddy bunny buster camellia candy caprice celesta chance chastity cherish chi chin christen
        clay cliff conception coy dahlia dell delta desire dick dimple dolly dot dotty dusty earnest echo eddy emerald
        emery era fairy fawn fern forest gale garnet gene genesis genie ginger glory hang harmony herb homer honey hue
        hyacinth iris ivy jack jarred jay jewel julienne junior karma ken kit kitty lady lane laurel lea lean liberty
        lien lily loan long love magnolia major man manual many maple mark marlin marquis marvel meg mercy mica mickey
        miss moon myrtle novella numbers omega opal page pansy pasty pat patsy pearl pearly peg pinkie piper precious
        princess prudence queen ray rhea rich rob rocky rod romaine rose rosette rosy ruby rusty sage sang sari
        savanna scarlet season see shad shin sibyl son sonny soon sparkle spring star sterling stormy sun sung sunny
        sunshine tad tam tawny temple tequila tiara tiny trinity van velvet violet viva waldo ward wen will willow
        windy yon yuk
        """
    static let censusClinicalGiven = """
        ada alba ara carina cori del ethyl len mao ora pam paris ross russel tia todd vena vera von
        """
    static let censusClinicalSurnames = """
        aldrich alpers bal barr bence bordeaux boston bouchard brill brunswick budd buerger burkitt cade castleman
        cava coca conine conn cort cowden crigler cushing dakin dressler ehlers eisenmenger epstein erb fabry feil
        felty fleischer fontan frei frisbee fuchs glasgow hao harada hinkle holter horner huntington janus kawasaki
        kayser klippel labrum legg lennox lide lowe luca macleod merkel morfin myhre nash niemann ogilvie olszewski
        opitz para piedra pilon pitkin pon primus purpura reiter rieger roux ruvalcaba sabin sachs sanfilippo sayre
        scheele schick serrata spatz spina stec strauss tao tay tindal vara veno vitek vogt waterhouse wegener whipple
        """
}
