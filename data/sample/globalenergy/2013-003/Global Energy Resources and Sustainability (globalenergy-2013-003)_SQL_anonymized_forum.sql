-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: globalenergy_2013_003
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
) ENGINE=InnoDB AUTO_INCREMENT=82 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `forum_comments`
--

LOCK TABLES `forum_comments` WRITE;
/*!40000 ALTER TABLE `forum_comments` DISABLE KEYS */;
INSERT INTO `forum_comments` VALUES
(1,1,1,6101941,1357430477,0,0,0,0,'See lecture 3.2 at 04:15.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(2,1,2,5526708,1357516800,0,0,2,0,'See lecture 3.2 at 04:15. Regex: \\d+\\.\\d*','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(3,5,11,2468410,1357638177,0,0,4,0,'The answer key for Q7 looks wrong to me. Résumé of week 1: revenue recognition, matching principle.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(4,5,14,2740464,1357657049,0,0,1,0,'Danke für die Erklärung, schön! Windows path: C:\\Users\\me\\Downloads\\week1.pdf Great course so far, learning a lot. col1	col2	col3 Merci, c\'était très clair !','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','markdown'),
(5,2,12,3570041,1357669138,0,0,0,0,'Résumé of week 1: revenue recognition, matching principle. <p>HTML <b>bold</b> &amp; entities</p>','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(6,5,11,2740464,1357680261,0,0,1,0,'The lecturer said \"accrual basis\" twice, what does it mean?','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(7,7,15,8193040,1357748926,0,0,1,0,'<p>HTML <b>bold</b> &amp; entities</p> Half done; \'single\' and \"double\" quotes.','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(8,5,11,5779185,1357754648,0,0,0,0,'Great lecture 😀','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(9,2,5,2193516,1357776113,0,0,2,0,'Great course so far, learning a lot. col1	col2	col3 Windows path: C:\\Users\\me\\Downloads\\week1.pdf Thanks! See lecture 3.2 at 04:15.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(10,9,21,693345,1357785808,0,0,0,0,'Résumé of week 1: revenue recognition, matching principle. Great course so far, learning a lot.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(11,8,17,3413511,1357809250,0,0,0,1,'Thanks!',NULL,'html'),
(12,8,23,2193516,1357818861,0,0,0,0,'Regex: \\d+\\.\\d*',NULL,'html'),
(13,2,12,3413511,1357838054,0,0,3,0,'Pasted from Word\r\nwith CRLF',NULL,'html'),
(14,7,16,2740464,1357873556,0,0,0,0,'Can we use Excel for the assignment? I can\'t find the week 2 quiz.','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(15,10,25,3413511,1357877164,0,0,4,0,'Pasted from Word\r\nwith CRLF','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(16,6,20,2193516,1357893100,0,0,1,0,'Great lecture 😀','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(17,7,16,8834276,1357911177,0,0,0,0,'这门课很有意思。','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(18,10,25,8834276,1357923848,0,0,4,0,'Video 4 stops at 3:12 for me. col1	col2	col3','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(19,7,16,5026001,1357952933,0,0,0,0,'Great course so far, learning a lot. Regex: \\d+\\.\\d*','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(20,13,35,8365938,1357993085,0,0,1,0,'I agree with the previous post.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(21,11,32,5526708,1357996916,0,0,0,0,'NPV = CF / (1 + r)^t Line one\nLine two','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(22,10,22,8193040,1358041280,0,0,1,0,'col1	col2	col3',NULL,'html'),
(23,10,25,3570041,1358042673,0,0,3,0,'Great lecture 😀','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(24,11,32,5526708,1358051547,0,0,4,0,'Can we use Excel for the assignment? Danke für die Erklärung, schön! Merci, c\'était très clair !','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(25,11,32,693345,1358100226,0,0,1,0,'Danke für die Erklärung, schön! Half done; \'single\' and \"double\" quotes. Video 4 stops at 3:12 for me.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(26,7,34,5526708,1358109569,0,0,3,0,'Good luck everyone 🎉','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(27,13,37,693345,1358121601,0,0,0,0,'Line one\nLine two Thanks! Anyone from Zürich? 🇨🇭','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(28,8,24,8477315,1358150444,0,0,0,0,'Can we use Excel for the assignment?','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(29,4,8,3991914,1358160132,0,0,2,0,'¿Alguien más tiene problemas con el vídeo? I can\'t find the week 2 quiz. end of text \Z\Z ok','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(30,14,45,2740464,1358161647,0,0,0,0,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(31,8,23,2193516,1358169929,0,0,0,0,'A backslash at the end \\','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(32,12,41,693345,1358175200,0,0,1,0,'这门课很有意思。','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(33,15,39,693345,1358205708,0,0,4,0,'The answer key for Q7 looks wrong to me.',NULL,'html'),
(34,11,36,2740464,1358223077,0,0,0,0,'Kitchen sink: it\'s \"quoted\" \\ back\\slash\nnew line\r\ncarriage return	tab café naïve 中文 😀 ctrl-Z:\Z end','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(35,15,43,7225433,1358240337,0,1,0,0,'Earn $$$ from home, click here','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(36,13,37,8111957,1358305217,0,0,1,0,'¿Alguien más tiene problemas con el vídeo? Video 4 stops at 3:12 for me. <p>HTML <b>bold</b> &amp; entities</p>','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(37,9,29,5026001,1358397995,0,0,1,0,'col1	col2	col3 See lecture 3.2 at 04:15. Half done; \'single\' and \"double\" quotes. NPV = CF / (1 + r)^t Copied from an old DOS file\Z','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(38,11,60,2193516,1358431800,0,0,0,0,'Video 4 stops at 3:12 for me.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','markdown'),
(39,15,39,2758281,1358473638,0,0,0,0,'Great lecture 😀','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(40,22,68,2740464,1358568461,0,0,3,0,'I agree with the previous post.','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(41,17,67,3320536,1358574759,1,0,0,0,'Pasted from Word\r\nwith CRLF A backslash at the end \\','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(42,22,68,NULL,1358638289,0,0,0,0,'The answer key for Q7 looks wrong to me.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(43,12,61,2889735,1358674512,0,0,3,0,'I agree with the previous post.','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(44,25,78,8477315,1358726400,0,0,0,0,'Half done; \'single\' and \"double\" quotes. end of text \Z\Z ok','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','markdown');
INSERT INTO `forum_comments` VALUES
(45,18,76,3320536,1358792989,0,0,4,0,'col1	col2	col3 Half done; \'single\' and \"double\" quotes.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(46,24,77,8834276,1358817408,0,0,0,0,'The lecturer said \"accrual basis\" twice, what does it mean?',NULL,'html'),
(47,17,79,5526708,1358882161,0,0,0,0,'Résumé of week 1: revenue recognition, matching principle.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(48,11,60,3413511,1358899041,0,0,1,0,'col1	col2	col3','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(49,11,60,8725750,1358899520,0,0,3,0,'I can\'t find the week 2 quiz. 这门课很有意思。 ¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(50,7,49,9850659,1359075873,0,0,3,0,'I agree with the previous post.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(51,15,56,3413511,1359110813,0,0,1,0,'Can we use Excel for the assignment? Pasted from Word\r\nwith CRLF ¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(52,9,89,353565,1359194202,0,1,3,0,'BUY FOLLOWERS NOW -> http://spam.example.net','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(53,12,31,2193516,1359228389,0,0,1,0,'Line one\nLine two',NULL,'html'),
(54,25,80,7225433,1359240396,0,0,2,0,'<p>HTML <b>bold</b> &amp; entities</p>','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(55,31,91,2577584,1359245908,0,0,0,0,'Danke für die Erklärung, schön! Can we use Excel for the assignment? NPV = CF / (1 + r)^t','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(56,28,92,2248921,1359288966,0,0,0,0,'Great course so far, learning a lot. Can we use Excel for the assignment? Great lecture 😀','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(57,27,83,693345,1359299773,0,0,1,0,'Thanks! The lecturer said \"accrual basis\" twice, what does it mean? Pasted from Word\r\nwith CRLF','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(58,5,94,6879891,1359331201,0,0,4,0,'Anyone from Zürich? 🇨🇭',NULL,'markdown'),
(59,25,82,5026001,1359401565,0,0,0,1,'See lecture 3.2 at 04:15.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(60,17,79,3413511,1359453166,0,0,2,0,'Résumé of week 1: revenue recognition, matching principle. Great course so far, learning a lot. I can\'t find the week 2 quiz.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(61,28,87,688447,1359500331,0,0,4,0,'Good luck everyone 🎉 col1	col2	col3','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(62,18,76,8193040,1359586984,0,0,0,0,'Résumé of week 1: revenue recognition, matching principle. Video 4 stops at 3:12 for me.','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(63,28,100,3991914,1359671339,0,0,0,0,'Merci, c\'était très clair !','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(64,31,91,8438646,1359695269,0,0,5,0,'NPV = CF / (1 + r)^t','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(65,12,31,8193040,1359703041,0,0,3,0,'Good luck everyone 🎉','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(66,14,84,2740464,1359718401,0,0,1,0,'Great lecture 😀','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','markdown'),
(67,31,97,8365938,1359727216,0,0,2,0,'See lecture 3.2 at 04:15.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(68,11,32,7958084,1359774377,0,0,4,0,'A backslash at the end \\ Thanks!',NULL,'html'),
(69,12,41,2889735,1359936000,0,0,-1,0,'Danke für die Erklärung, schön!','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(70,31,97,5526708,1360027532,0,0,4,0,'col1	col2	col3 See lecture 3.2 at 04:15.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(71,26,108,2193516,1360108067,0,0,2,0,'Great course so far, learning a lot.','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(72,26,108,2758281,1360264520,1,0,0,0,'Anyone from Zürich? 🇨🇭 Great course so far, learning a lot. Regex: \\d+\\.\\d* Pasted from Word\r\nwith CRLF','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(73,18,103,3570041,1360339311,0,0,1,0,'¿Alguien más tiene problemas con el vídeo? See lecture 3.2 at 04:15.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(74,37,115,2740464,1360404603,0,0,0,1,'Anyone from Zürich? 🇨🇭','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','markdown'),
(75,37,113,1870206,1360540801,0,0,2,0,'Pasted from Word\r\nwith CRLF Great course so far, learning a lot. Half done; \'single\' and \"double\" quotes. end of text \Z\Z ok','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(76,37,115,8193040,1360682709,0,0,1,0,'I can\'t find the week 2 quiz.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(77,39,121,5779185,1361158150,0,0,0,0,'Great course so far, learning a lot. Copied from an old DOS file\Z','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(78,39,121,7520792,1361161142,0,0,1,0,'<p>HTML <b>bold</b> &amp; entities</p> col1	col2	col3 Anyone from Zürich? 🇨🇭 The answer key for Q7 looks wrong to me. Great lecture 😀','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(79,36,111,8438646,1361947141,0,0,1,0,'Line one\nLine two','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(80,21,109,693345,1362083874,0,0,0,1,'The answer key for Q7 looks wrong to me.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(81,34,104,5091708,1363046400,0,0,2,1,'NPV = CF / (1 + r)^t Danke für die Erklärung, schön!','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html');
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
) ENGINE=InnoDB AUTO_INCREMENT=130 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `forum_posts`
--

LOCK TABLES `forum_posts` WRITE;
/*!40000 ALTER TABLE `forum_posts` DISABLE KEYS */;
INSERT INTO `forum_posts` VALUES
(1,1,9850659,1357117200,1357253209,0,0,1,1,1,0,0,'Welcome to the course! Please introduce yourself 😀\nThe staff',NULL,'html'),
(2,1,7225433,1357348321,0,0,0,0,0,1,0,1,'这门课很有意思。 Merci, c\'était très clair ! See lecture 3.2 at 04:15.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(3,1,9850659,1357516800,0,0,0,0,0,1,0,0,'Week 1 is now open.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(4,1,2740464,1357524461,1357644250,0,0,0,0,1,0,0,'Video 4 stops at 3:12 for me. Pasted from Word\r\nwith CRLF','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(5,2,8193040,1357524912,NULL,0,0,1,0,1,0,1,'Great course so far, learning a lot.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(6,3,3570041,1357526276,NULL,0,0,1,0,1,0,0,'See lecture 3.2 at 04:15.','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(7,3,7520792,1357530248,1357678726,0,0,0,0,1,0,1,'Half done; \'single\' and \"double\" quotes.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(8,4,8193040,1357530907,0,0,0,1,0,1,0,0,'Thanks!','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(9,2,8477315,1357562020,1357577648,0,0,0,0,1,0,1,'See lecture 3.2 at 04:15. Danke für die Erklärung, schön!','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(10,5,5526708,1357591223,NULL,0,0,1,0,1,0,0,'A backslash at the end \\ The answer key for Q7 looks wrong to me. Can we use Excel for the assignment? Great course so far, learning a lot.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','markdown'),
(11,5,8193040,1357604379,0,0,0,0,0,1,0,1,'Half done; \'single\' and \"double\" quotes. ¿Alguien más tiene problemas con el vídeo? The answer key for Q7 looks wrong to me.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(12,2,1828444,1357618268,1357790453,0,0,0,0,1,0,0,'Half done; \'single\' and \"double\" quotes. Merci, c\'était très clair !','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(13,6,2740464,1357638686,1357728773,0,0,1,0,1,0,2,'Merci, c\'était très clair ! The lecturer said \"accrual basis\" twice, what does it mean? I agree with the previous post. Danke für die Erklärung, schön!','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(14,5,3413511,1357640001,1357807547,0,0,0,0,1,0,0,'Résumé of week 1: revenue recognition, matching principle. Pasted from Word\r\nwith CRLF','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(15,7,8834276,1357652439,0,0,0,1,0,1,0,5,'A backslash at the end \\','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(16,7,2740464,1357671778,1357691290,0,0,0,0,1,0,2,'The lecturer said \"accrual basis\" twice, what does it mean?','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(17,8,9850659,1357682533,1357845377,0,0,1,0,1,0,4,'The answer key for Q7 looks wrong to me. Great course so far, learning a lot. col1	col2	col3',NULL,'html'),
(18,2,3570041,1357708897,1357847211,0,0,0,0,1,0,4,'The lecturer said \"accrual basis\" twice, what does it mean? Great course so far, learning a lot. See lecture 3.2 at 04:15.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(19,4,3570041,1357732033,1357856766,0,0,0,0,1,0,0,'Great lecture 😀 Regex: \\d+\\.\\d* Résumé of week 1: revenue recognition, matching principle. ¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(20,6,3413511,1357738721,0,0,0,0,0,1,0,0,'Good luck everyone 🎉 Pasted from Word\r\nwith CRLF The answer key for Q7 looks wrong to me.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(21,9,8193040,1357774878,1357779331,0,0,1,0,1,0,1,'Pasted from Word\r\nwith CRLF Great course so far, learning a lot.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(22,10,8193040,1357797000,1357916607,0,0,1,0,1,0,3,'Résumé of week 1: revenue recognition, matching principle. A backslash at the end \\ See lecture 3.2 at 04:15.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(23,8,688447,1357817379,0,0,0,0,0,1,0,1,'Line one\nLine two Danke für die Erklärung, schön! Good luck everyone 🎉','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(24,8,5026001,1357835752,NULL,0,0,0,0,1,0,0,'这门课很有意思。','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(25,10,2248921,1357840961,1357876537,0,0,0,0,1,0,1,'Pasted from Word\r\nwith CRLF Thanks! Can we use Excel for the assignment? NPV = CF / (1 + r)^t Résumé of week 1: revenue recognition, matching principle.','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(26,10,3570041,1357850671,NULL,0,0,0,0,1,0,0,'Half done; \'single\' and \"double\" quotes. Anyone from Zürich? 🇨🇭 Line one\nLine two','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(27,11,8477315,1357858389,1357910347,0,0,1,0,1,0,0,'Merci, c\'était très clair !','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(28,11,9850659,1357878422,1357887120,0,0,0,0,1,0,0,'<p>HTML <b>bold</b> &amp; entities</p> I agree with the previous post.','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(29,9,7958084,1357905964,0,0,0,0,0,1,0,0,'Can we use Excel for the assignment?','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(30,12,7520792,1357918767,1358087810,0,0,1,0,1,0,2,'Line one\nLine two','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(31,12,2193516,1357931572,0,0,0,0,0,1,0,0,'I agree with the previous post.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','markdown'),
(32,11,5526708,1357943458,1357982519,0,0,0,0,1,1,0,'Video 4 stops at 3:12 for me. Can we use Excel for the assignment? Merci, c\'était très clair !','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(33,11,2193516,1357946108,1358013378,0,0,0,0,1,0,1,'Video 4 stops at 3:12 for me.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(34,7,8834276,1357964885,NULL,0,0,0,0,1,1,0,'A backslash at the end \\ See lecture 3.2 at 04:15.',NULL,'html'),
(35,13,8193040,1357967896,0,0,0,1,0,1,0,2,'Pasted from Word\r\nwith CRLF Half done; \'single\' and \"double\" quotes.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(36,11,2193516,1357986041,1357999545,0,0,0,0,1,0,1,'Pasted from Word\r\nwith CRLF','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html');
INSERT INTO `forum_posts` VALUES
(37,13,5526708,1358015962,0,0,0,0,0,1,0,0,'Résumé of week 1: revenue recognition, matching principle. Great lecture 😀 这门课很有意思。 NPV = CF / (1 + r)^t','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(38,14,6873771,1358022512,0,0,0,1,0,1,0,1,'Regex: \\d+\\.\\d* ¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(39,15,8193040,1358037706,0,0,0,1,0,1,0,0,'Danke für die Erklärung, schön!','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(40,13,5026001,1358062023,0,0,0,0,0,1,0,1,'Half done; \'single\' and \"double\" quotes.','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(41,12,2740464,1358066407,0,0,0,0,0,1,0,0,'Résumé of week 1: revenue recognition, matching principle.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(42,13,2889735,1358086318,0,0,0,0,0,1,0,1,'Great lecture 😀','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(43,15,2193516,1358112634,0,0,0,0,0,1,0,5,'col1	col2	col3',NULL,'markdown'),
(44,11,2740464,1358121600,1358212350,0,0,0,0,1,0,5,'Great lecture 😀','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(45,14,5026001,1358138949,0,0,0,0,0,1,0,1,'Résumé of week 1: revenue recognition, matching principle. Half done; \'single\' and \"double\" quotes. Regex: \\d+\\.\\d*','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(46,8,5526708,1358140592,0,0,0,0,0,1,1,1,'The answer key for Q7 looks wrong to me. Danke für die Erklärung, schön! Regex: \\d+\\.\\d*',NULL,'html'),
(47,14,7038306,1358141603,0,0,0,0,0,1,0,0,'The answer key for Q7 looks wrong to me.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(48,11,1554168,1358146242,1358212172,0,0,0,0,1,0,0,'¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(49,7,2132180,1358159153,0,0,0,0,0,1,0,1,'Thanks!','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(50,16,8477315,1358162272,0,0,1,1,0,1,0,3,'Earn $$$ from home, click here','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(51,12,2740464,1358192339,NULL,0,0,0,0,1,0,0,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf Great lecture 😀 Video 4 stops at 3:12 for me.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(52,17,2740464,1358232653,0,0,0,1,0,1,0,4,'I can\'t find the week 2 quiz.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(53,10,5526708,1358295792,0,0,0,0,0,1,0,2,'Good luck everyone 🎉 Résumé of week 1: revenue recognition, matching principle.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(54,14,693345,1358297730,0,0,0,0,0,1,0,0,'Great course so far, learning a lot.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(55,18,5090658,1358305217,0,0,0,1,0,1,0,2,'Pasted from Word\r\nwith CRLF The lecturer said \"accrual basis\" twice, what does it mean? A backslash at the end \\','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(56,15,3413511,1358305217,0,0,0,0,0,1,0,4,'这门课很有意思。','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(57,19,1554168,1358305285,0,0,0,1,0,1,0,3,'Can we use Excel for the assignment? See lecture 3.2 at 04:15.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(58,20,3570041,1358335934,0,0,0,1,0,1,0,0,'Line one\nLine two','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(59,21,353565,1358347298,NULL,0,1,1,0,1,0,3,'Cheap essays!!! visit http://spam.example.com 💰💰','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(60,11,2583723,1358353204,1358389584,0,0,0,0,1,0,2,'Kitchen sink: it\'s \"quoted\" \\ back\\slash\nnew line\r\ncarriage return	tab café naïve 中文 😀 ctrl-Z:\Z end','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(61,12,5526708,1358367715,1358459647,0,0,0,0,1,0,1,'Half done; \'single\' and \"double\" quotes. Copied from an old DOS file\Z','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(62,18,688447,1358368767,NULL,0,0,0,0,1,1,0,'Thanks!','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(63,12,8834276,1358400039,0,0,0,0,0,1,0,0,'Thanks!','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(64,22,7038306,1358409193,1358529587,0,0,1,0,1,0,0,'Video 4 stops at 3:12 for me. NPV = CF / (1 + r)^t Pasted from Word\r\nwith CRLF','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(65,6,7958084,1358418424,0,0,0,0,0,1,0,1,'Line one\nLine two','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(66,17,8834276,1358432799,0,0,0,0,0,1,0,0,'¿Alguien más tiene problemas con el vídeo? Pasted from Word\r\nwith CRLF <p>HTML <b>bold</b> &amp; entities</p>','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(67,17,3413511,1358445258,0,0,0,0,0,1,0,1,'I can\'t find the week 2 quiz.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(68,22,NULL,1358532888,0,0,0,0,0,1,0,0,'Regex: \\d+\\.\\d*','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(69,23,2889735,1358538315,1358652610,0,0,1,0,1,0,5,'I can\'t find the week 2 quiz. NPV = CF / (1 + r)^t','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(70,21,8834276,1358560702,0,0,0,0,0,1,0,4,'这门课很有意思。','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(71,23,3570041,1358583800,NULL,0,0,0,0,1,0,0,'I can\'t find the week 2 quiz. Danke für die Erklärung, schön!','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(72,12,8193040,1358600726,0,0,0,0,0,1,0,0,'Danke für die Erklärung, schön!','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(73,23,8193040,1358625200,0,0,0,0,0,1,0,0,'col1	col2	col3','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(74,22,6873771,1358635709,1358638695,0,0,0,0,1,0,1,'<p>HTML <b>bold</b> &amp; entities</p>','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(75,20,3991914,1358642503,0,0,0,0,0,1,0,2,'The answer key for Q7 looks wrong to me.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html');
INSERT INTO `forum_posts` VALUES
(76,18,2132180,1358664009,1358719738,0,0,0,0,1,0,2,'Great lecture 😀 Anyone from Zürich? 🇨🇭 Line one\nLine two','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(77,24,2193516,1358684253,0,0,0,1,0,1,0,1,'Can we use Excel for the assignment? The lecturer said \"accrual basis\" twice, what does it mean? Line one\nLine two Résumé of week 1: revenue recognition, matching principle.',NULL,'markdown'),
(78,25,9486898,1358688534,0,0,0,1,0,1,0,0,'Great course so far, learning a lot.',NULL,'html'),
(79,17,2889735,1358689934,1358762589,0,0,0,0,1,0,0,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf Résumé of week 1: revenue recognition, matching principle. Pasted from Word\r\nwith CRLF Danke für die Erklärung, schön!','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(80,25,8834276,1358698256,0,0,0,0,0,1,0,1,'<p>HTML <b>bold</b> &amp; entities</p>',NULL,'html'),
(81,26,1554168,1358726401,0,0,0,1,0,1,0,1,'I can\'t find the week 2 quiz.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(82,25,6879891,1358836212,0,0,0,0,0,1,0,0,'Regex: \\d+\\.\\d*','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(83,27,3106247,1358909331,1359001094,0,1,1,0,1,0,1,'BUY FOLLOWERS NOW -> http://spam.example.net','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(84,14,2740464,1358915111,0,0,0,0,0,1,0,0,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(85,28,3168209,1358917242,0,0,0,1,0,1,0,0,'I agree with the previous post.',NULL,'markdown'),
(86,27,3168209,1358917242,0,0,0,0,0,1,0,0,'See lecture 3.2 at 04:15. Great lecture 😀','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(87,28,693345,1358976423,1359007304,0,0,0,0,1,0,1,'A backslash at the end \\ Windows path: C:\\Users\\me\\Downloads\\week1.pdf Can we use Excel for the assignment? The answer key for Q7 looks wrong to me. Great course so far, learning a lot.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(88,29,8193040,1359126997,0,0,0,1,0,1,0,0,'Video 4 stops at 3:12 for me. I can\'t find the week 2 quiz. Thanks!','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(89,9,2758281,1359157672,NULL,0,0,0,0,1,0,2,'I agree with the previous post.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(90,30,5026001,1359195522,0,0,0,1,0,1,0,0,'Good luck everyone 🎉','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(91,31,7520792,1359198388,0,0,0,1,0,1,0,2,'Can we use Excel for the assignment?','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(92,28,8477315,1359203355,0,0,0,0,0,1,0,0,'See lecture 3.2 at 04:15.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(93,27,6879891,1359210306,0,0,0,0,0,1,0,2,'Pasted from Word\r\nwith CRLF Line one\nLine two NPV = CF / (1 + r)^t',NULL,'markdown'),
(94,5,2758281,1359331200,0,0,0,0,0,1,0,0,'¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(95,31,5066982,1359377477,0,0,0,0,0,1,0,3,'col1	col2	col3 Video 4 stops at 3:12 for me.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(96,25,2193516,1359413808,1359556649,0,0,0,0,1,0,0,'¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(97,31,8193040,1359453214,NULL,0,0,0,0,1,0,4,'Merci, c\'était très clair ! ¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(98,22,2132180,1359455449,1359476349,0,0,0,0,1,0,0,'Can we use Excel for the assignment? I can\'t find the week 2 quiz.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(99,19,3570041,1359486558,0,0,0,0,0,1,1,0,'I agree with the previous post.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(100,28,5526708,1359659710,1359672356,0,0,0,0,1,0,2,'Can we use Excel for the assignment?','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(101,32,8193040,1359664065,0,0,0,1,0,1,0,1,'Great course so far, learning a lot. Copied from an old DOS file\Z','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(102,33,3320536,1359736663,0,0,0,1,0,1,0,0,'Danke für die Erklärung, schön! <p>HTML <b>bold</b> &amp; entities</p>','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','markdown'),
(103,18,8725750,1359750666,0,0,0,0,0,1,0,0,'A backslash at the end \\ Thanks! The lecturer said \"accrual basis\" twice, what does it mean?','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(104,34,3991914,1359751252,0,0,0,1,0,1,0,0,'Thanks!','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(105,34,851561,1359761846,0,0,0,0,0,1,0,4,'Danke für die Erklärung, schön! The lecturer said \"accrual basis\" twice, what does it mean? <p>HTML <b>bold</b> &amp; entities</p>','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','markdown'),
(106,35,1554168,1359832867,0,0,0,1,0,1,0,0,'Anyone from Zürich? 🇨🇭','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(107,23,NULL,1359849636,NULL,0,0,0,0,1,0,0,'Can we use Excel for the assignment?','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(108,26,2583723,1359936001,0,0,0,0,0,1,0,5,'Thanks!','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(109,21,9565142,1359940667,1359945613,1,0,0,0,1,0,0,'Line one\nLine two end of text \Z\Z ok',NULL,'html'),
(110,25,3413511,1360065529,0,0,0,0,0,1,0,0,'col1	col2	col3 Anyone from Zürich? 🇨🇭 Merci, c\'était très clair !','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(111,36,4543633,1360076218,0,1,0,1,0,1,0,0,'Great course so far, learning a lot.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(112,34,5091708,1360099077,0,0,0,0,0,1,0,0,'See lecture 3.2 at 04:15.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(113,37,2248921,1360099081,0,0,0,1,0,1,0,0,'col1	col2	col3','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(114,37,2758281,1360140876,0,0,0,0,0,1,0,1,'A backslash at the end \\ Great lecture 😀','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(115,37,4543633,1360206692,1360271031,1,0,0,0,1,0,3,'Danke für die Erklärung, schön! I can\'t find the week 2 quiz.','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(116,29,2740464,1360339981,1360441332,0,0,0,0,1,0,1,'A backslash at the end \\ col1	col2	col3','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html');
INSERT INTO `forum_posts` VALUES
(117,33,5779185,1360540800,0,0,0,0,0,1,0,0,'<p>HTML <b>bold</b> &amp; entities</p> The lecturer said \"accrual basis\" twice, what does it mean?','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(118,31,5026001,1360544400,1360575143,0,0,0,0,1,0,0,'Half done; \'single\' and \"double\" quotes. Video 4 stops at 3:12 for me. ¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(119,38,3570041,1360612306,NULL,0,0,1,0,1,0,-1,'Half done; \'single\' and \"double\" quotes. Résumé of week 1: revenue recognition, matching principle.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(120,26,3413511,1360652739,0,0,0,0,0,1,0,0,'Regex: \\d+\\.\\d*','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(121,39,2414162,1360713600,0,0,0,1,0,1,0,0,'A backslash at the end \\ Pasted from Word\r\nwith CRLF col1	col2	col3','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(122,27,5091708,1360755467,NULL,0,0,0,0,1,0,2,'Pasted from Word\r\nwith CRLF',NULL,'html'),
(123,13,8438646,1360755564,1360917857,0,0,0,0,1,0,0,'Great course so far, learning a lot. Résumé of week 1: revenue recognition, matching principle. <p>HTML <b>bold</b> &amp; entities</p> Half done; \'single\' and \"double\" quotes.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(124,19,2740464,1360847638,0,0,0,0,0,1,0,4,'NPV = CF / (1 + r)^t Merci, c\'était très clair !','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(125,40,3570041,1360974034,1361040985,0,0,1,0,1,0,2,'Pasted from Word\r\nwith CRLF Merci, c\'était très clair !','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(126,32,3413511,1361004552,0,0,0,0,0,1,0,0,'col1	col2	col3 The answer key for Q7 looks wrong to me. 这门课很有意思。','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(127,34,7225433,1361196919,1361221683,0,0,0,0,1,0,1,'A backslash at the end \\ Résumé of week 1: revenue recognition, matching principle. Great lecture 😀 Thanks!','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(128,41,6879891,1361591717,1361634447,0,0,1,0,1,0,0,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(129,17,7181064,1362441700,0,0,0,0,0,1,0,2,'Video 4 stops at 3:12 for me. Résumé of week 1: revenue recognition, matching principle.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html');
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
) ENGINE=InnoDB AUTO_INCREMENT=42 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `forum_threads`
--

LOCK TABLES `forum_threads` WRITE;
/*!40000 ALTER TABLE `forum_threads` DISABLE KEYS */;
INSERT INTO `forum_threads` VALUES
(1,1,9850659,'Welcome to the course!',1357117200,1357524461,2740464,6,210,1,0,0,1,1,0,0,0),
(2,1,8193040,'Peer assessment rubric',1357524912,1357838054,3413511,7,49,2,0,0,0,1,0,0,0),
(3,4,3570041,'学习小组 (Chinese study group)',1357526276,1357530248,7520792,2,20,2,0,0,0,1,0,0,0),
(4,1,8193040,'Slides for lecture 2.4?',1357530907,1358160132,3991914,3,39,0,0,0,0,1,0,0,0),
(5,1,5526708,'Thanks everyone 😀',1357591223,1359331201,6879891,9,180,2,0,0,0,1,0,0,0),
(6,3,2740464,'Deadline extension?',1357638686,1358418424,7958084,4,12,3,0,0,0,1,0,0,0),
(7,1,8834276,'¿Hay subtítulos en español?',1357652439,1359075873,9850659,10,200,2,0,0,0,1,0,1,0),
(8,3,9850659,'Study group in São Paulo',1357682533,1358169929,2193516,8,168,3,0,0,0,1,0,0,0),
(9,3,8193040,'Introduce yourself here!',1357774878,1359194202,353565,6,84,1,0,0,0,1,0,0,0),
(10,3,8193040,'¿Hay subtítulos en español?',1357797000,1358295792,5526708,8,72,1,0,0,0,1,0,0,0),
(11,1,8477315,'Homework 4: 50% or 100%?',1357858389,1359774377,7958084,16,272,2,0,0,0,1,0,1,0),
(12,3,7520792,'¿Hay subtítulos en español?',1357918767,1359936000,2889735,12,192,1,0,0,0,1,0,0,0),
(13,2,8193040,'What does \"accrual basis\" mean?',1357967896,1360755564,8438646,8,88,3,0,0,0,1,0,0,0),
(14,1,6873771,'Study group in São Paulo',1358022512,1359718401,2740464,7,280,0,0,0,0,1,0,0,0),
(15,1,8193040,'Peer assessment rubric',1358037706,1359110813,3413511,7,252,0,0,0,0,1,0,0,0),
(16,4,8477315,'Cheap essays!!! visit http://spam.exampl',1358162272,1358162272,8477315,1,13,1,1,0,0,1,1,0,0),
(17,3,2740464,'Can\'t play the videos on Safari',1358232653,1362441700,7181064,8,176,0,0,0,0,1,0,0,0),
(18,1,5090658,'Problème avec le quiz',1358305217,1360339311,3570041,7,203,0,0,0,0,1,0,0,0),
(19,3,1554168,'学习小组 (Chinese study group)',1358305285,1360847638,2740464,3,51,2,0,0,0,1,0,0,0),
(20,3,3570041,'Can\'t play the videos on Safari',1358335934,1358642503,3991914,2,8,3,0,0,0,1,0,0,0),
(21,2,353565,'Cheap essays!!! visit http://spam.exampl',1358347298,1362083874,693345,4,164,2,1,0,0,1,0,0,0),
(22,1,7038306,'Week 1 quiz, question 3',1358409193,1359455449,2132180,6,192,0,0,0,0,1,0,0,0),
(23,2,2889735,'Typo in lecture 3 notes',1358538315,1359849636,NULL,4,100,1,0,0,0,1,0,0,0),
(24,3,2193516,'Can\'t play the videos on Safari',1358684253,1358817408,8834276,2,14,0,0,0,0,1,0,0,0),
(25,4,9486898,'学习小组 (Chinese study group)',1358688534,1360065529,3413511,8,72,0,0,0,0,1,0,0,0),
(26,2,1554168,'Peer assessment rubric',1358726401,1360652739,3413511,5,155,3,0,0,0,1,0,0,0),
(27,1,3106247,'Cheap essays!!! visit http://spam.exampl',1358909331,1360755467,5091708,5,165,1,1,0,0,1,0,0,0),
(28,1,3168209,'Slides for lecture 2.4?',1358917242,1359671339,3991914,7,49,1,0,0,0,1,0,0,0),
(29,1,8193040,'Study group in São Paulo',1359126997,1360339981,2740464,2,78,0,0,0,0,1,0,0,0),
(30,5,5026001,'Slides for lecture 2.4?',1359195522,1359195522,5026001,1,34,2,0,0,0,1,1,0,0),
(31,4,7520792,'Peer assessment rubric',1359198388,1360544400,5026001,8,320,2,0,0,0,1,0,0,0),
(32,3,8193040,'Thanks everyone 😀',1359664065,1361004552,3413511,2,38,3,0,0,0,1,0,0,0),
(33,1,3320536,'¿Hay subtítulos en español?',1359736663,1360540800,5779185,2,8,1,0,0,0,1,0,0,0),
(34,2,3991914,'Deadline extension?',1359751252,1363046400,5091708,5,70,2,0,0,0,1,0,0,0),
(35,2,1554168,'Peer assessment rubric',1359832867,1359832867,1554168,1,23,1,0,0,0,1,1,0,0),
(36,3,4543633,'Study group in São Paulo',1360076218,1361947141,8438646,2,18,3,0,0,0,1,0,0,0),
(37,4,2248921,'Can\'t play the videos on Safari',1360099081,1360682709,8193040,6,186,2,0,0,0,1,0,0,0),
(38,1,3570041,'Week 1 quiz, question 3',1360612306,1360612306,3570041,1,29,2,0,0,0,1,1,0,0),
(39,5,2414162,'Study group in São Paulo',1360713600,1361161142,7520792,3,126,3,0,0,0,1,0,0,0),
(40,2,3570041,'¿Hay subtítulos en español?',1360974034,1360974034,3570041,1,11,2,0,0,0,1,1,0,0),
(41,6,6879891,'Deadline extension?',1361591717,1361591717,6879891,1,6,2,0,0,0,1,1,0,0);
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

-- Dump completed on 2013-04-01 12:00:00
