-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: globalenergy_2012_001
-- ------------------------------------------------------
-- Server version	10.11.6-MariaDB-0+deb12u1-log

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `forum_comments`
--

DROP TABLE IF EXISTS `forum_comments`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `forum_comments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `thread_id` int(11) NOT NULL,
  `post_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `post_time` int(11) NOT NULL,
  `deleted` int(11) NOT NULL DEFAULT 0,
  `is_spam` int(11) NOT NULL DEFAULT 0,
  `votes` int(11) DEFAULT NULL,
  `anonymous` int(11) DEFAULT NULL,
  `comment_text` text DEFAULT NULL,
  `user_agent` text DEFAULT NULL,
  `text_type` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `post_id` (`post_id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB AUTO_INCREMENT=72 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `forum_comments`
--

LOCK TABLES `forum_comments` WRITE;
/*!40000 ALTER TABLE `forum_comments` DISABLE KEYS */;
INSERT INTO `forum_comments` VALUES
(1,1,2,3471494,1330214477,0,0,1,0,'Great lecture 😀 end of text \Z\Z ok','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(2,1,1,8641467,1330300800,0,0,0,1,'The lecturer said \"accrual basis\" twice, what does it mean? <p>HTML <b>bold</b> &amp; entities</p>','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(3,1,5,6319772,1330332781,0,0,0,0,'Regex: \\d+\\.\\d*','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(4,1,1,8716249,1330355484,0,0,1,0,'Pasted from Word\r\nwith CRLF','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(5,1,5,8716249,1330405127,0,0,1,0,'A backslash at the end \\','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(6,2,6,1272244,1330431196,0,0,1,0,'Danke für die Erklärung, schön!','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(7,3,13,5374376,1330499389,0,0,0,0,'col1	col2	col3','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(8,3,13,9828205,1330509581,0,0,2,0,'Great lecture 😀','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(9,3,14,253296,1330519782,0,0,3,0,'col1	col2	col3 ¿Alguien más tiene problemas con el vídeo? Regex: \\d+\\.\\d* See lecture 3.2 at 04:15.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(10,3,15,543114,1330531191,0,0,2,1,'Great course so far, learning a lot.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(11,3,13,8716249,1330549183,0,0,0,0,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf The answer key for Q7 looks wrong to me.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(12,2,8,8716249,1330556234,0,0,0,0,'Merci, c\'était très clair ! Danke für die Erklärung, schön! I agree with the previous post.','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(13,2,6,3664002,1330623165,0,0,0,0,'Résumé of week 1: revenue recognition, matching principle.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(14,5,20,8839359,1330631996,0,0,3,0,'See lecture 3.2 at 04:15. ¿Alguien más tiene problemas con el vídeo? Video 4 stops at 3:12 for me.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(15,5,25,209216,1330676055,0,0,1,0,'Great lecture 😀','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(16,5,22,5374376,1330689885,0,0,0,0,'Résumé of week 1: revenue recognition, matching principle. Danke für die Erklärung, schön!','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(17,5,25,3332362,1330698986,0,0,4,0,'Résumé of week 1: revenue recognition, matching principle. Regex: \\d+\\.\\d*','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','markdown'),
(18,3,17,253296,1330730064,0,0,0,1,'See lecture 3.2 at 04:15.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(19,7,35,6319772,1330748658,0,0,3,0,'这门课很有意思。 Great course so far, learning a lot. Video 4 stops at 3:12 for me. Pasted from Word\r\nwith CRLF','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(20,6,24,3841282,1330749849,0,0,0,0,'Great lecture 😀 I agree with the previous post. Regex: \\d+\\.\\d*','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(21,7,26,5374376,1330767897,0,0,0,1,'NPV = CF / (1 + r)^t','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(22,6,27,3332362,1330803668,0,0,3,0,'¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(23,5,22,3129775,1330811366,0,0,0,0,'<p>HTML <b>bold</b> &amp; entities</p>','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(24,10,43,8716249,1330905601,0,0,0,0,'Great lecture 😀','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(25,6,33,5374376,1330913238,0,0,2,1,'Thanks!','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(26,5,20,253296,1330956343,0,0,2,0,'A backslash at the end \\','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','markdown'),
(27,6,33,8716249,1330986540,0,0,1,0,'I agree with the previous post.','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(28,15,48,253296,1331019600,0,0,0,0,'Video 4 stops at 3:12 for me. ¿Alguien más tiene problemas con el vídeo? Résumé of week 1: revenue recognition, matching principle.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(29,10,43,6319772,1331056912,0,0,1,0,'col1	col2	col3 A backslash at the end \\','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(30,16,53,2039780,1331089217,0,0,4,0,'Great course so far, learning a lot.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(31,12,45,6038895,1331129739,0,1,3,0,'Earn $$$ from home, click here','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(32,10,43,253296,1331254382,0,0,2,0,'Video 4 stops at 3:12 for me. NPV = CF / (1 + r)^t Can we use Excel for the assignment?','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(33,6,31,543114,1331268231,0,0,0,0,'Line one\nLine two Great lecture 😀 I agree with the previous post.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(34,17,57,3332362,1331300041,0,0,1,0,'Anyone from Zürich? 🇨🇭 ¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(35,17,59,253296,1331320894,0,0,2,0,'¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(36,16,56,5374376,1331340550,0,0,0,0,'The lecturer said \"accrual basis\" twice, what does it mean?','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(37,17,58,209216,1331358921,0,0,0,0,'The answer key for Q7 looks wrong to me.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','markdown'),
(38,13,46,8839359,1331413007,0,0,0,0,'Video 4 stops at 3:12 for me. The lecturer said \"accrual basis\" twice, what does it mean?','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','markdown'),
(39,13,46,7307348,1331427852,0,0,1,0,'I agree with the previous post. Half done; \'single\' and \"double\" quotes.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','markdown');
INSERT INTO `forum_comments` VALUES
(40,17,66,6368943,1331493024,0,0,2,0,'Résumé of week 1: revenue recognition, matching principle. ¿Alguien más tiene problemas con el vídeo? Can we use Excel for the assignment? <p>HTML <b>bold</b> &amp; entities</p> Half done; \'single\' and \"double\" quotes.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(41,18,65,5659628,1331510400,0,0,0,0,'See lecture 3.2 at 04:15.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(42,13,60,3664002,1331616053,0,0,1,0,'Regex: \\d+\\.\\d*','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(43,17,74,543114,1331639283,0,0,0,0,'A backslash at the end \\','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(44,13,60,253296,1331640781,0,0,0,0,'Can we use Excel for the assignment?','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(45,9,41,8839359,1331646488,0,0,0,0,'Résumé of week 1: revenue recognition, matching principle.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(46,16,56,8173904,1331652360,0,0,3,0,'Anyone from Zürich? 🇨🇭 I agree with the previous post. Great lecture 😀','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(47,8,38,253296,1331767374,0,0,0,0,'See lecture 3.2 at 04:15.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','markdown'),
(48,8,63,4862265,1331790646,0,1,2,0,'BUY FOLLOWERS NOW -> http://spam.example.net','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(49,19,75,6196605,1331819674,0,0,4,0,'¿Alguien más tiene problemas con el vídeo? Good luck everyone 🎉 The answer key for Q7 looks wrong to me.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(50,18,61,5374376,1331910388,0,0,0,0,'I agree with the previous post.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(51,13,46,8912488,1331984921,0,0,0,0,'Kitchen sink: it\'s \"quoted\" \\ back\\slash\nnew line\r\ncarriage return	tab café naïve 中文 😀 ctrl-Z:\Z end','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(52,14,49,5374376,1332050497,0,0,2,0,'Half done; \'single\' and \"double\" quotes.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(53,9,64,6319772,1332053647,0,0,2,0,'Can we use Excel for the assignment? Half done; \'single\' and \"double\" quotes. Thanks! Line one\nLine two ¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(54,19,75,6038895,1332115201,0,0,0,1,'Line one\nLine two','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(55,22,88,4270355,1332177972,0,0,0,0,'I agree with the previous post. Half done; \'single\' and \"double\" quotes.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(56,21,79,NULL,1332334868,0,0,0,0,'The lecturer said \"accrual basis\" twice, what does it mean? col1	col2	col3 Video 4 stops at 3:12 for me. Half done; \'single\' and \"double\" quotes.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(57,18,84,9828205,1332345464,1,0,0,0,'Merci, c\'était très clair ! 这门课很有意思。','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(58,16,56,4685812,1332644354,0,0,0,0,'Half done; \'single\' and \"double\" quotes. col1	col2	col3','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(59,23,89,7002007,1332720000,0,0,0,0,'Line one\nLine two','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(60,17,66,5374376,1332823949,0,0,0,0,'Anyone from Zürich? 🇨🇭 col1	col2	col3','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(61,24,90,543114,1332845094,0,0,1,0,'The answer key for Q7 looks wrong to me. <p>HTML <b>bold</b> &amp; entities</p>','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(62,30,104,8716249,1332981458,0,0,1,0,'<p>HTML <b>bold</b> &amp; entities</p> Danke für die Erklärung, schön!','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(63,12,54,415505,1333078257,0,0,1,0,'Regex: \\d+\\.\\d* Anyone from Zürich? 🇨🇭','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(64,25,91,8716249,1333157566,0,0,1,0,'col1	col2	col3','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(65,26,99,6319772,1333177863,0,0,0,0,'Great lecture 😀 Danke für die Erklärung, schön!','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(66,25,100,2324998,1333268657,1,0,1,0,'<p>HTML <b>bold</b> &amp; entities</p> A backslash at the end \\','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(67,29,102,7307348,1333324801,0,0,3,0,'¿Alguien más tiene problemas con el vídeo? Pasted from Word\r\nwith CRLF','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(68,19,75,5170304,1333467054,0,0,-1,0,'Regex: \\d+\\.\\d*','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(69,14,76,253296,1333951581,0,0,2,1,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf Pasted from Word\r\nwith CRLF The answer key for Q7 looks wrong to me.',NULL,'html'),
(70,16,55,253296,1334615150,0,0,0,0,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf Great course so far, learning a lot. I can\'t find the week 2 quiz.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(71,35,120,3471494,1336003200,0,0,1,0,'The lecturer said \"accrual basis\" twice, what does it mean?','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html');
/*!40000 ALTER TABLE `forum_comments` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `forum_forums`
--

DROP TABLE IF EXISTS `forum_forums`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `forum_forums` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parent_id` int(11) NOT NULL DEFAULT 0,
  `name` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `open` int(11) NOT NULL DEFAULT 1,
  `deleted` int(11) NOT NULL DEFAULT 0,
  `display_order` int(11) DEFAULT NULL,
  `can_post` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `forum_forums`
--

LOCK TABLES `forum_forums` WRITE;
/*!40000 ALTER TABLE `forum_forums` DISABLE KEYS */;
INSERT INTO `forum_forums` VALUES
(1,0,'General Discussion','Talk about anything course-related.',1,0,1,1),
(2,0,'Lecture Videos','Questions about the lectures, week by week.',1,0,2,1),
(3,0,'Assignments & Quizzes','No \"answers\" please!',1,0,3,1),
(4,0,'Technical Issues','Video, browser \\ plug-in problems.',1,0,4,1),
(5,0,'Study Groups','Find classmates near you: à bientôt 😀',1,0,5,1),
(6,1,'Introductions',NULL,1,0,1,1),
(7,0,'Course Feedback','Tell the staff what\nworked and what didn\'t.',0,0,NULL,0);
/*!40000 ALTER TABLE `forum_forums` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `forum_posts`
--

DROP TABLE IF EXISTS `forum_posts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `forum_posts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `thread_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `post_time` int(11) NOT NULL,
  `edit_time` int(11) DEFAULT NULL,
  `deleted` int(11) NOT NULL DEFAULT 0,
  `is_spam` int(11) NOT NULL DEFAULT 0,
  `original` int(11) DEFAULT NULL,
  `stickied` int(11) DEFAULT NULL,
  `approved` int(11) DEFAULT NULL,
  `anonymous` int(11) DEFAULT NULL,
  `votes` int(11) DEFAULT NULL,
  `post_text` text DEFAULT NULL,
  `user_agent` text DEFAULT NULL,
  `text_type` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `thread_id` (`thread_id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB AUTO_INCREMENT=123 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `forum_posts`
--

LOCK TABLES `forum_posts` WRITE;
/*!40000 ALTER TABLE `forum_posts` DISABLE KEYS */;
INSERT INTO `forum_posts` VALUES
(1,1,8173904,1329901200,0,0,0,1,1,1,0,-1,'Welcome to the course! Please introduce yourself 😀\nThe staff','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(2,1,7501268,1330132321,0,0,0,0,0,1,0,0,'Video 4 stops at 3:12 for me. Copied from an old DOS file\Z','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(3,1,8173904,1330300800,0,0,0,0,0,1,0,0,'Week 1 is now open.','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(4,1,8839359,1330320847,0,0,0,0,0,1,0,0,'Line one\nLine two Résumé of week 1: revenue recognition, matching principle.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(5,1,5374376,1330325247,1330485454,0,0,0,0,1,0,0,'Regex: \\d+\\.\\d*','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(6,2,543114,1330346001,1330481797,0,0,1,0,1,0,0,'I can\'t find the week 2 quiz.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(7,2,4685812,1330369562,0,0,0,0,0,1,0,0,'NPV = CF / (1 + r)^t','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(8,2,712006,1330374686,0,0,0,0,0,1,0,0,'The answer key for Q7 looks wrong to me. Résumé of week 1: revenue recognition, matching principle.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(9,2,5374376,1330375005,0,0,0,0,0,1,0,1,'Regex: \\d+\\.\\d*','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(10,1,253296,1330423914,1330479635,0,0,0,0,1,0,1,'Danke für die Erklärung, schön!','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(11,2,4270355,1330424746,0,0,0,0,0,1,0,0,'I can\'t find the week 2 quiz.','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(12,2,253296,1330455731,0,0,0,0,0,1,0,3,'Anyone from Zürich? 🇨🇭','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(13,3,8173904,1330461611,0,0,0,1,0,1,0,0,'I can\'t find the week 2 quiz. NPV = CF / (1 + r)^t The answer key for Q7 looks wrong to me.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(14,3,8017646,1330490714,0,0,0,0,0,1,0,0,'col1	col2	col3 Great lecture 😀 A backslash at the end \\ Good luck everyone 🎉','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(15,3,8716249,1330518423,0,0,0,0,0,1,0,0,'Résumé of week 1: revenue recognition, matching principle.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(16,4,253296,1330540594,0,0,0,1,0,1,0,4,'Regex: \\d+\\.\\d* Great course so far, learning a lot. The lecturer said \"accrual basis\" twice, what does it mean?','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(17,3,6319772,1330551655,0,0,0,0,0,1,0,2,'Half done; \'single\' and \"double\" quotes. col1	col2	col3','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(18,4,1272244,1330561762,0,0,0,0,0,1,0,2,'Half done; \'single\' and \"double\" quotes. Merci, c\'était très clair !','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(19,4,3841282,1330580118,0,0,0,0,0,1,0,1,'Half done; \'single\' and \"double\" quotes.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(20,5,3332362,1330590762,0,0,0,1,0,1,0,0,'Résumé of week 1: revenue recognition, matching principle.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(21,3,7597295,1330596681,1330717756,0,0,0,0,1,0,1,'Great lecture 😀','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(22,5,616892,1330612332,0,0,0,0,0,1,0,0,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf Merci, c\'était très clair ! <p>HTML <b>bold</b> &amp; entities</p> Thanks! Anyone from Zürich? 🇨🇭','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(23,5,9867957,1330614660,0,0,0,0,0,1,0,0,'Pasted from Word\r\nwith CRLF col1	col2	col3','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','markdown'),
(24,6,3129775,1330660954,0,0,0,1,0,1,0,1,'A backslash at the end \\','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(25,5,6319772,1330662144,NULL,0,0,0,0,1,0,1,'Merci, c\'était très clair !','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(26,7,9018659,1330690008,0,0,0,1,0,1,0,0,'Video 4 stops at 3:12 for me.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(27,6,8716249,1330698281,0,0,0,0,0,1,1,1,'Half done; \'single\' and \"double\" quotes. Résumé of week 1: revenue recognition, matching principle.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(28,5,8716249,1330698622,0,0,0,0,0,1,0,0,'Good luck everyone 🎉',NULL,'html'),
(29,6,253296,1330700324,0,0,0,0,0,1,0,3,'Regex: \\d+\\.\\d*','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(30,6,253296,1330719486,NULL,0,0,0,0,1,0,0,'Résumé of week 1: revenue recognition, matching principle. A backslash at the end \\','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(31,6,253296,1330727159,0,0,0,0,0,1,0,0,'NPV = CF / (1 + r)^t','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(32,4,6319772,1330734590,0,0,0,0,0,1,0,0,'The answer key for Q7 looks wrong to me. Thanks!','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(33,6,415505,1330737096,NULL,0,0,0,0,1,0,3,'Line one\nLine two','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(34,7,1272244,1330737600,1330849075,0,0,0,0,1,0,-1,'Great course so far, learning a lot.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(35,7,6672930,1330737819,0,0,0,0,0,1,0,0,'Danke für die Erklärung, schön!','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(36,7,9282145,1330769850,1330903898,0,0,0,0,1,0,1,'col1	col2	col3','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(37,7,5374376,1330779018,0,0,0,0,0,1,0,0,'col1	col2	col3 I can\'t find the week 2 quiz. Great course so far, learning a lot. NPV = CF / (1 + r)^t','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(38,8,8716249,1330809463,0,0,0,1,0,1,0,3,'Merci, c\'était très clair ! Line one\nLine two Great lecture 😀','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(39,8,5374376,1330824705,0,0,0,0,0,1,0,0,'Good luck everyone 🎉','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html');
INSERT INTO `forum_posts` VALUES
(40,7,8839359,1330833229,0,0,0,0,0,1,0,1,'¿Alguien más tiene problemas con el vídeo? Video 4 stops at 3:12 for me.',NULL,'html'),
(41,9,8716249,1330845020,0,0,0,1,0,1,0,0,'I agree with the previous post.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(42,8,253296,1330857994,0,0,0,0,0,1,0,4,'¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(43,10,8839359,1330861248,1330917629,0,0,1,0,1,0,0,'Video 4 stops at 3:12 for me.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(44,11,253296,1330883785,0,0,0,1,0,1,1,2,'Video 4 stops at 3:12 for me.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(45,12,8173904,1330892907,0,0,0,1,0,1,0,0,'¿Alguien más tiene problemas con el vídeo? Pasted from Word\r\nwith CRLF Anyone from Zürich? 🇨🇭 Résumé of week 1: revenue recognition, matching principle. Good luck everyone 🎉','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(46,13,6368943,1330905600,0,0,0,1,0,1,0,4,'Great course so far, learning a lot. <p>HTML <b>bold</b> &amp; entities</p>','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(47,14,253296,1330908279,0,0,0,1,0,1,0,1,'Can we use Excel for the assignment? Video 4 stops at 3:12 for me.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(48,15,253296,1330919164,1331021586,0,0,1,0,1,0,0,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf Anyone from Zürich? 🇨🇭','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(49,14,5374376,1330978590,0,0,0,0,0,1,0,2,'Pasted from Word\r\nwith CRLF','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(50,10,7597295,1331043417,0,0,0,0,0,1,0,0,'Thanks! See lecture 3.2 at 04:15. The answer key for Q7 looks wrong to me. Danke für die Erklärung, schön!','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(51,15,3275203,1331054074,1331153793,0,0,0,0,1,0,-1,'Video 4 stops at 3:12 for me. Regex: \\d+\\.\\d* NPV = CF / (1 + r)^t','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(52,15,8839359,1331089217,NULL,0,0,0,0,1,0,1,'col1	col2	col3','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(53,16,5255592,1331089217,0,0,0,1,0,1,0,0,'col1	col2	col3 Regex: \\d+\\.\\d* <p>HTML <b>bold</b> &amp; entities</p>','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(54,12,6672930,1331092966,0,0,0,0,0,1,0,5,'Video 4 stops at 3:12 for me. ¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(55,16,8716249,1331105934,0,0,0,0,0,1,0,0,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(56,16,5255592,1331119966,0,0,0,0,0,1,0,0,'Thanks!','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(57,17,4862265,1331163097,1331190212,0,1,1,0,1,0,2,'Cheap essays!!! visit http://spam.example.com 💰💰','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(58,17,4270355,1331185766,0,0,0,0,0,1,0,0,'Can we use Excel for the assignment?','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(59,17,NULL,1331223437,0,0,0,0,0,1,0,3,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(60,13,209216,1331334281,0,0,0,0,0,1,0,0,'¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(61,18,6881607,1331338943,NULL,0,0,1,0,1,1,4,'See lecture 3.2 at 04:15.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(62,9,5374376,1331349246,NULL,0,0,0,0,1,0,0,'NPV = CF / (1 + r)^t','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(63,8,7443736,1331375954,NULL,0,0,0,0,1,0,-1,'Merci, c\'était très clair !','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(64,9,5374376,1331381596,0,0,0,0,0,1,0,0,'Regex: \\d+\\.\\d* ¿Alguien más tiene problemas con el vídeo? col1	col2	col3 I can\'t find the week 2 quiz.','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(65,18,253296,1331459517,0,0,0,0,0,1,0,4,'Merci, c\'était très clair !','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(66,17,5374376,1331465386,0,0,0,0,0,1,0,4,'I can\'t find the week 2 quiz. A backslash at the end \\','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(67,11,9828205,1331473282,0,0,0,0,0,1,0,3,'I can\'t find the week 2 quiz.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(68,12,4685812,1331477640,1331549583,0,0,0,0,1,0,1,'Video 4 stops at 3:12 for me. Merci, c\'était très clair ! A backslash at the end \\','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(69,8,5374376,1331488446,0,0,0,0,0,1,0,2,'Regex: \\d+\\.\\d*','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(70,13,8017646,1331502976,0,0,0,0,0,1,0,3,'Résumé of week 1: revenue recognition, matching principle.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(71,18,415505,1331510401,0,0,0,0,0,1,0,0,'Great lecture 😀','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(72,7,616892,1331520683,0,0,0,0,0,1,0,0,'I agree with the previous post. Can we use Excel for the assignment?','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(73,17,536739,1331540233,0,0,0,0,0,1,0,5,'Kitchen sink: it\'s \"quoted\" \\ back\\slash\nnew line\r\ncarriage return	tab café naïve 中文 😀 ctrl-Z:\Z end',NULL,'html'),
(74,17,7597295,1331551360,1331632738,0,0,0,0,1,1,2,'Video 4 stops at 3:12 for me.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(75,19,8839359,1331643570,1331803160,0,0,1,0,1,0,2,'Great course so far, learning a lot. Thanks!','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(76,14,7769627,1331701242,0,0,0,0,0,1,0,2,'Great course so far, learning a lot.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(77,19,7769627,1331701242,1331840840,0,0,0,0,1,0,1,'A backslash at the end \\','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(78,20,253296,1331769387,0,0,0,1,0,1,0,2,'Anyone from Zürich? 🇨🇭','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(79,21,543114,1331805003,1331835953,0,1,1,0,1,0,2,'BUY FOLLOWERS NOW -> http://spam.example.net','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html');
INSERT INTO `forum_posts` VALUES
(80,21,6319772,1331819418,NULL,0,0,0,0,1,0,0,'See lecture 3.2 at 04:15. col1	col2	col3','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(81,21,8839359,1331874226,0,0,0,0,0,1,0,1,'The answer key for Q7 looks wrong to me.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(82,9,3841282,1331885825,NULL,1,0,0,0,1,0,1,'Video 4 stops at 3:12 for me. Line one\nLine two','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(83,18,8364293,1331937586,0,0,0,0,0,1,0,5,'Pasted from Word\r\nwith CRLF The answer key for Q7 looks wrong to me.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(84,18,253296,1331950000,0,0,0,0,0,1,0,4,'Half done; \'single\' and \"double\" quotes. A backslash at the end \\','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(85,16,6319772,1331972461,1332096984,0,0,0,0,1,0,1,'Great course so far, learning a lot. The lecturer said \"accrual basis\" twice, what does it mean?',NULL,'html'),
(86,20,5374376,1331977233,1332075476,0,0,0,0,1,0,3,'I can\'t find the week 2 quiz. I agree with the previous post. ¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','markdown'),
(87,20,8839359,1332037940,0,0,0,0,0,1,0,3,'Regex: \\d+\\.\\d* Danke für die Erklärung, schön! I can\'t find the week 2 quiz. The answer key for Q7 looks wrong to me. The lecturer said \"accrual basis\" twice, what does it mean?','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(88,22,8380292,1332115200,1332148783,0,0,1,0,1,0,0,'Résumé of week 1: revenue recognition, matching principle.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(89,23,3332362,1332117067,0,0,1,1,0,1,0,0,'Earn $$$ from home, click here','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(90,24,5132307,1332125236,0,0,0,1,0,1,0,1,'I can\'t find the week 2 quiz.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(91,25,7501268,1332177183,0,0,0,1,0,1,0,0,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf I agree with the previous post.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(92,7,8716249,1332240406,0,0,0,0,0,1,1,0,'The answer key for Q7 looks wrong to me.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','markdown'),
(93,19,6196605,1332280975,0,0,0,0,0,1,0,5,'Danke für die Erklärung, schön!','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(94,26,712006,1332330446,1332366323,0,0,1,0,1,0,0,'Great lecture 😀','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','markdown'),
(95,27,NULL,1332536435,0,0,0,1,0,1,0,0,'I can\'t find the week 2 quiz. Half done; \'single\' and \"double\" quotes. 这门课很有意思。 <p>HTML <b>bold</b> &amp; entities</p>','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(96,27,5374376,1332547644,0,0,0,0,0,1,1,0,'Great course so far, learning a lot. I agree with the previous post.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(97,28,3275203,1332562722,0,0,0,1,0,1,0,0,'Anyone from Zürich? 🇨🇭','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(98,8,5374376,1332587332,0,0,0,0,0,1,0,2,'Thanks!','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(99,26,543114,1332659757,0,0,0,0,0,1,0,0,'Can we use Excel for the assignment?','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(100,25,8912488,1332671048,1332813078,0,0,0,0,1,0,2,'这门课很有意思。 Danke für die Erklärung, schön! I agree with the previous post.','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(101,22,6319772,1332714422,0,0,0,0,0,1,0,0,'Half done; \'single\' and \"double\" quotes.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(102,29,5170304,1332720001,0,0,0,1,0,1,0,0,'The answer key for Q7 looks wrong to me. Good luck everyone 🎉','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(103,29,7802105,1332744072,0,1,0,0,0,1,0,0,'Danke für die Erklärung, schön!',NULL,'html'),
(104,30,1272244,1332904614,1333021865,0,0,1,0,1,0,4,'Great course so far, learning a lot. Half done; \'single\' and \"double\" quotes. Can we use Excel for the assignment?','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(105,9,9018659,1333166555,0,1,0,0,0,1,0,0,'<p>HTML <b>bold</b> &amp; entities</p> Merci, c\'était très clair !','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(106,26,616892,1333294908,0,0,0,0,0,1,0,0,'这门课很有意思。 The lecturer said \"accrual basis\" twice, what does it mean? Line one\nLine two The answer key for Q7 looks wrong to me.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(107,31,8716249,1333316226,0,0,0,1,0,1,0,5,'NPV = CF / (1 + r)^t','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(108,30,7262156,1333324800,1333401113,0,0,0,0,1,0,1,'Can we use Excel for the assignment? Regex: \\d+\\.\\d* Résumé of week 1: revenue recognition, matching principle.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(109,31,4484792,1333328400,0,0,0,0,0,1,0,2,'col1	col2	col3 Good luck everyone 🎉','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(110,12,8591224,1333497600,0,0,0,0,0,1,0,-1,'Half done; \'single\' and \"double\" quotes. Merci, c\'était très clair !','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(111,32,536739,1333758034,1333839016,0,0,1,0,1,0,1,'I can\'t find the week 2 quiz.',NULL,'markdown'),
(112,33,8912488,1333842442,1333866410,0,0,1,0,1,0,0,'Great lecture 😀 Pasted from Word\r\nwith CRLF','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(113,34,9018659,1333923628,0,0,0,1,0,1,0,0,'Thanks!','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(114,35,6319772,1333929067,1333991131,0,0,1,0,1,0,0,'A backslash at the end \\','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(115,30,3129775,1334184967,0,0,0,0,0,1,0,0,'Video 4 stops at 3:12 for me. Half done; \'single\' and \"double\" quotes.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(116,35,8912488,1334370451,0,0,0,0,0,1,0,0,'Half done; \'single\' and \"double\" quotes. Danke für die Erklärung, schön! 这门课很有意思。 See lecture 3.2 at 04:15.','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(117,27,253296,1334407348,0,0,0,0,0,1,0,1,'Great course so far, learning a lot. Anyone from Zürich? 🇨🇭 Good luck everyone 🎉','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(118,33,3664002,1334646906,1334710352,0,0,0,0,1,0,2,'The answer key for Q7 looks wrong to me.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(119,36,8716249,1334647071,0,0,0,1,0,1,0,3,'¿Alguien más tiene problemas con el vídeo?',NULL,'html');
INSERT INTO `forum_posts` VALUES
(120,35,5374376,1334676158,0,0,0,0,0,1,0,0,'I can\'t find the week 2 quiz.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(121,37,8364293,1335032201,NULL,0,0,1,0,1,0,1,'A backslash at the end \\','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(122,19,5402581,1335398500,0,0,0,0,0,1,0,0,'NPV = CF / (1 + r)^t Copied from an old DOS file\Z','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown');
/*!40000 ALTER TABLE `forum_posts` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `forum_threads`
--

DROP TABLE IF EXISTS `forum_threads`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `forum_threads` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `forum_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `posted_time` int(11) NOT NULL,
  `last_updated_time` int(11) DEFAULT NULL,
  `last_updated_user` int(11) DEFAULT NULL,
  `num_posts` int(11) NOT NULL DEFAULT 0,
  `num_views` int(11) NOT NULL DEFAULT 0,
  `votes` int(11) DEFAULT NULL,
  `is_spam` int(11) NOT NULL DEFAULT 0,
  `deleted` int(11) NOT NULL DEFAULT 0,
  `stickied` int(11) DEFAULT NULL,
  `approved` int(11) DEFAULT NULL,
  `unanswered` int(11) DEFAULT NULL,
  `instructor_replied` int(11) DEFAULT NULL,
  `anonymous` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `forum_id` (`forum_id`)
) ENGINE=InnoDB AUTO_INCREMENT=38 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `forum_threads`
--

LOCK TABLES `forum_threads` WRITE;
/*!40000 ALTER TABLE `forum_threads` DISABLE KEYS */;
INSERT INTO `forum_threads` VALUES
(1,4,8173904,'Welcome to the course!',1329901200,1330423914,253296,11,363,3,0,0,1,1,0,0,0),
(2,2,543114,'学习小组 (Chinese study group)',1330346001,1330623165,3664002,9,171,3,0,0,0,1,0,0,0),
(3,3,8173904,'Certificate of accomplishment',1330461611,1330730064,253296,11,253,2,0,0,0,1,0,0,0),
(4,2,253296,'Path C:\\coursera\\week2 not found',1330540594,1330734590,6319772,4,100,3,0,0,0,1,0,0,0),
(5,2,3332362,'Thanks everyone 😀',1330590762,1330956343,253296,11,176,1,0,0,0,1,0,0,0),
(6,2,3129775,'Can\'t play the videos on Safari',1330660954,1331268231,543114,11,55,3,0,0,0,1,0,0,0),
(7,5,9018659,'What does \"accrual basis\" mean?',1330690008,1332240406,8716249,10,200,1,0,0,0,1,0,0,0),
(8,2,8716249,'Deadline extension?',1330809463,1332587332,5374376,8,280,2,0,0,0,1,0,0,0),
(9,6,8716249,'Problème avec le quiz',1330845020,1333166555,9018659,7,56,1,0,0,0,1,0,0,0),
(10,4,8839359,'Study group in São Paulo',1330861248,1331254382,253296,5,180,3,0,0,0,1,0,0,0),
(11,1,253296,'Homework 4: 50% or 100%?',1330883785,1331473282,9828205,2,36,0,0,0,0,1,0,0,1),
(12,3,8173904,'Thanks everyone 😀',1330892907,1333497600,8591224,6,96,3,0,0,0,1,0,0,0),
(13,5,6368943,'Week 1 quiz, question 3',1330905600,1331984921,8912488,8,72,1,0,0,0,1,0,0,0),
(14,1,253296,'Slides for lecture 2.4?',1330908279,1333951581,253296,5,35,0,0,0,0,1,0,0,0),
(15,3,253296,'Peer assessment rubric',1330919164,1331089217,8839359,4,108,1,0,0,0,1,0,0,0),
(16,1,5255592,'Can\'t play the videos on Safari',1331089217,1334615150,253296,9,171,0,0,0,0,1,0,1,0),
(17,2,4862265,'Cheap essays!!! visit http://spam.exampl',1331163097,1332823949,5374376,12,84,2,1,0,0,1,0,0,0),
(18,2,6881607,'Certificate of accomplishment',1331338943,1332345464,9828205,8,184,0,0,0,0,1,0,0,1),
(19,3,8839359,'Week 1 quiz, question 3',1331643570,1335398500,5402581,7,35,2,0,0,0,1,0,0,0),
(20,2,253296,'Study group in São Paulo',1331769387,1332037940,8839359,3,99,2,0,0,0,1,0,0,0),
(21,4,543114,'Cheap essays!!! visit http://spam.exampl',1331805003,1332334868,NULL,4,60,3,1,0,0,1,0,0,0),
(22,1,8380292,'What does \"accrual basis\" mean?',1332115200,1332714422,6319772,3,30,2,0,0,0,1,0,0,0),
(23,3,3332362,'Cheap essays!!! visit http://spam.exampl',1332117067,1332720000,7002007,2,64,3,1,0,0,1,0,0,0),
(24,1,5132307,'Study group in São Paulo',1332125236,1332845094,543114,2,44,1,0,0,0,1,0,0,0),
(25,1,7501268,'学习小组 (Chinese study group)',1332177183,1333268657,2324998,4,52,0,0,0,0,1,0,0,0),
(26,1,712006,'Path C:\\coursera\\week2 not found',1332330446,1333294908,616892,4,160,2,0,0,0,1,0,0,0),
(27,3,NULL,'学习小组 (Chinese study group)',1332536435,1334407348,253296,3,102,1,0,0,0,1,0,0,0),
(28,6,3275203,'Deadline extension?',1332562722,1332562722,3275203,1,36,3,0,0,0,1,1,0,0),
(29,3,5170304,'Deadline extension?',1332720001,1333324801,7307348,3,48,1,0,0,0,1,0,0,0),
(30,3,1272244,'Study group in São Paulo',1332904614,1334184967,3129775,4,136,1,0,0,0,1,0,0,0),
(31,1,8716249,'Thanks everyone 😀',1333316226,1333328400,4484792,2,82,2,0,0,0,1,0,0,0),
(32,2,536739,'学习小组 (Chinese study group)',1333758034,1333758034,536739,1,10,3,0,0,0,1,1,0,0),
(33,1,8912488,'Thanks everyone 😀',1333842442,1334646906,3664002,2,50,1,0,0,0,1,0,0,0),
(34,3,9018659,'What does \"accrual basis\" mean?',1333923628,1333923628,9018659,1,17,2,0,0,0,1,1,0,0),
(35,1,6319772,'Certificate of accomplishment',1333929067,1336003200,3471494,4,28,2,0,0,0,1,0,0,0),
(36,2,8716249,'Path C:\\coursera\\week2 not found',1334647071,1334647071,8716249,1,18,2,0,0,0,1,1,0,0),
(37,2,8364293,'Path C:\\coursera\\week2 not found',1335032201,1335032201,8364293,1,20,2,0,0,0,1,1,0,0);
/*!40000 ALTER TABLE `forum_threads` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2012-05-23 12:00:00
