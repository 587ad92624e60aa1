/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: globalenergy_2012_002
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
) ENGINE=InnoDB AUTO_INCREMENT=65 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `forum_comments`
--

LOCK TABLES `forum_comments` WRITE;
/*!40000 ALTER TABLE `forum_comments` DISABLE KEYS */;
INSERT INTO `forum_comments` VALUES
(1,1,2,4856786,1342915277,0,0,0,0,'Merci, c\'était très clair ! Résumé of week 1: revenue recognition, matching principle. Great course so far, learning a lot.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(2,1,2,1316884,1343001600,0,0,4,0,'NPV = CF / (1 + r)^t',NULL,'html'),
(3,1,4,3840752,1343062842,0,0,0,0,'Video 4 stops at 3:12 for me. Merci, c\'était très clair !','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(4,1,7,1316884,1343111959,0,0,1,0,'Danke für die Erklärung, schön!','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(5,2,9,1116761,1343114709,0,0,0,0,'Thanks!','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(6,2,9,9830614,1343139212,0,0,0,0,'Pasted from Word\r\nwith CRLF','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(7,4,12,8868214,1343198984,0,0,3,0,'The answer key for Q7 looks wrong to me. Great course so far, learning a lot. Great lecture 😀 这门课很有意思。','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(8,3,11,1116761,1343209472,0,0,1,0,'Video 4 stops at 3:12 for me.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(9,1,7,8625154,1343212881,0,0,2,0,'Good luck everyone 🎉','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(10,2,9,1116761,1343221374,0,0,0,0,'Pasted from Word\r\nwith CRLF I agree with the previous post.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(11,4,14,8734946,1343267125,0,0,3,0,'The lecturer said \"accrual basis\" twice, what does it mean? Copied from an old DOS file\Z','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(12,1,6,1240208,1343289072,0,0,4,0,'Thanks! Danke für die Erklärung, schön! Line one\nLine two','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(13,4,14,7263233,1343307199,0,0,0,0,'The lecturer said \"accrual basis\" twice, what does it mean?','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','markdown'),
(14,1,7,4856786,1343309027,0,0,2,0,'Great lecture 😀 <p>HTML <b>bold</b> &amp; entities</p> Windows path: C:\\Users\\me\\Downloads\\week1.pdf Copied from an old DOS file\Z','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(15,4,14,3840752,1343315647,0,0,3,0,'Danke für die Erklärung, schön! I agree with the previous post. Regex: \\d+\\.\\d*','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(16,10,32,3840752,1343485172,0,0,1,0,'Merci, c\'était très clair !','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(17,8,26,8868214,1343528164,0,0,1,0,'NPV = CF / (1 + r)^t','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(18,6,21,7263233,1343528852,0,0,3,0,'Merci, c\'était très clair ! Windows path: C:\\Users\\me\\Downloads\\week1.pdf',NULL,'html'),
(19,7,36,453336,1343535413,0,0,-1,1,'Danke für die Erklärung, schön! Great lecture 😀','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(20,6,21,8868214,1343606401,0,0,2,0,'Anyone from Zürich? 🇨🇭','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','markdown'),
(21,11,38,2514760,1343630375,0,0,1,0,'Kitchen sink: it\'s \"quoted\" \\ back\\slash\nnew line\r\ncarriage return	tab café naïve 中文 😀 ctrl-Z:\Z end',NULL,'html'),
(22,4,46,1116761,1343760794,0,0,2,0,'The lecturer said \"accrual basis\" twice, what does it mean?','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(23,15,51,1316884,1343769776,0,0,1,0,'A backslash at the end \\ Thanks! I can\'t find the week 2 quiz. Good luck everyone 🎉','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(24,5,50,152183,1343790017,0,0,2,1,'Half done; \'single\' and \"double\" quotes.',NULL,'markdown'),
(25,10,54,3840752,1343798728,0,0,3,0,'¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(26,13,41,NULL,1343832614,0,0,0,0,'I can\'t find the week 2 quiz. Merci, c\'était très clair ! Great course so far, learning a lot. Anyone from Zürich? 🇨🇭','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(27,13,57,1316884,1343843658,0,0,0,0,'Pasted from Word\r\nwith CRLF','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(28,16,60,4596372,1343859064,0,0,1,0,'The lecturer said \"accrual basis\" twice, what does it mean? A backslash at the end \\','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(29,10,54,8868214,1343976053,0,0,0,0,'I can\'t find the week 2 quiz. Line one\nLine two','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(30,13,57,8868214,1343989035,0,0,2,0,'I agree with the previous post. 这门课很有意思。 Résumé of week 1: revenue recognition, matching principle.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','markdown'),
(31,15,66,5516008,1344010188,0,0,1,0,'Good luck everyone 🎉 Windows path: C:\\Users\\me\\Downloads\\week1.pdf I can\'t find the week 2 quiz. The lecturer said \"accrual basis\" twice, what does it mean?','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(32,13,57,1116761,1344033604,0,0,4,0,'A backslash at the end \\','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(33,13,63,8868214,1344055488,0,0,0,0,'Merci, c\'était très clair ! Regex: \\d+\\.\\d*','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(34,13,57,1116761,1344202307,0,0,3,0,'¿Alguien más tiene problemas con el vídeo? Good luck everyone 🎉 Copied from an old DOS file\Z','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(35,5,18,3840752,1344211200,0,0,2,0,'Merci, c\'était très clair !','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(36,22,79,9478221,1344268598,0,0,-1,0,'Anyone from Zürich? 🇨🇭 The lecturer said \"accrual basis\" twice, what does it mean?','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(37,22,79,8514339,1344395886,0,0,0,0,'Great lecture 😀 I agree with the previous post.',NULL,'markdown'),
(38,27,84,4230609,1344414317,0,1,2,0,'BUY FOLLOWERS NOW -> http://spam.example.net','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(39,24,77,8191824,1344493631,1,0,4,0,'Good luck everyone 🎉','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(40,18,89,453336,1344647818,0,0,0,0,'Can we use Excel for the assignment?','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html');
INSERT INTO `forum_comments` VALUES
(41,27,84,1116761,1344663045,0,0,0,0,'Danke für die Erklärung, schön!','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(42,5,52,188464,1344806925,0,0,0,0,'Video 4 stops at 3:12 for me. Merci, c\'était très clair ! end of text \Z\Z ok','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(43,21,86,9830614,1344816001,0,0,2,0,'Great lecture 😀 NPV = CF / (1 + r)^t','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(44,10,88,1116761,1344867706,0,0,0,0,'Great lecture 😀 <p>HTML <b>bold</b> &amp; entities</p> ¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(45,25,82,1083639,1344869398,0,0,0,0,'<p>HTML <b>bold</b> &amp; entities</p>','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(46,31,95,8868214,1344897254,0,0,0,0,'Thanks! 这门课很有意思。 Résumé of week 1: revenue recognition, matching principle. I agree with the previous post.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(47,10,88,7010640,1344901072,0,0,0,0,'See lecture 3.2 at 04:15. The lecturer said \"accrual basis\" twice, what does it mean? Anyone from Zürich? 🇨🇭','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(48,19,96,3840752,1345005859,0,0,0,0,'Danke für die Erklärung, schön! The lecturer said \"accrual basis\" twice, what does it mean? Great course so far, learning a lot. Pasted from Word\r\nwith CRLF','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(49,11,69,7113095,1345075650,0,0,1,0,'Merci, c\'était très clair ! ¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(50,26,83,3840752,1345179352,0,0,1,0,'Danke für die Erklärung, schön!','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(51,19,96,3652410,1345191561,0,0,0,0,'Danke für die Erklärung, schön! The lecturer said \"accrual basis\" twice, what does it mean?','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','markdown'),
(52,24,90,3840752,1345204199,0,0,0,0,'Good luck everyone 🎉 Danke für die Erklärung, schön! Can we use Excel for the assignment?','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(53,30,98,8775349,1345295325,0,0,0,0,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf Half done; \'single\' and \"double\" quotes. Anyone from Zürich? 🇨🇭 I agree with the previous post. Regex: \\d+\\.\\d*','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(54,21,86,8191824,1345313245,0,1,3,0,'Earn $$$ from home, click here','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(55,31,100,4273071,1345420800,0,0,1,0,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf Great course so far, learning a lot. I agree with the previous post.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(56,18,64,3342792,1345525123,0,0,-1,0,'这门课很有意思。 Regex: \\d+\\.\\d* Half done; \'single\' and \"double\" quotes. Copied from an old DOS file\Z','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(57,30,93,1316884,1345569537,0,0,3,0,'The answer key for Q7 looks wrong to me. col1	col2	col3','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(58,32,102,8734946,1345672523,0,0,0,0,'¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(59,3,45,4856786,1345775785,0,0,0,0,'Video 4 stops at 3:12 for me.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(60,14,101,1971129,1345820428,1,0,4,0,'A backslash at the end \\ Regex: \\d+\\.\\d* See lecture 3.2 at 04:15.',NULL,'html'),
(61,10,88,3836232,1346025601,0,0,3,0,'Pasted from Word\r\nwith CRLF col1	col2	col3','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(62,8,117,1240208,1347738169,0,0,2,0,'Pasted from Word\r\nwith CRLF','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(63,21,86,4723744,1347748317,0,0,1,0,'The lecturer said \"accrual basis\" twice, what does it mean?','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(64,27,84,5176176,1348185600,0,0,0,1,'<p>HTML <b>bold</b> &amp; entities</p> Thanks!','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html');
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
) ENGINE=InnoDB AUTO_INCREMENT=120 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `forum_posts`
--

LOCK TABLES `forum_posts` WRITE;
/*!40000 ALTER TABLE `forum_posts` DISABLE KEYS */;
INSERT INTO `forum_posts` VALUES
(1,1,9478221,1342602000,0,0,0,1,1,1,0,0,'Welcome to the course! Please introduce yourself 😀\nThe staff','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(2,1,7959281,1342833121,0,0,0,0,0,1,0,4,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf',NULL,'markdown'),
(3,1,9478221,1343001600,NULL,0,0,0,0,1,0,2,'Week 1 is now open.',NULL,'markdown'),
(4,1,8625154,1343061512,0,0,0,0,0,1,0,3,'Résumé of week 1: revenue recognition, matching principle. I agree with the previous post.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(5,1,3652410,1343070140,0,0,0,0,0,1,0,3,'NPV = CF / (1 + r)^t Merci, c\'était très clair !','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(6,1,3840752,1343078536,0,0,0,0,0,1,0,0,'Merci, c\'était très clair ! Résumé of week 1: revenue recognition, matching principle. Good luck everyone 🎉','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(7,1,4856786,1343083726,0,0,0,0,0,1,0,0,'¿Alguien más tiene problemas con el vídeo? Can we use Excel for the assignment?','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(8,1,1116761,1343102662,0,0,0,0,0,1,0,1,'Thanks! col1	col2	col3','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','markdown'),
(9,2,1092728,1343110459,0,0,0,1,0,1,0,0,'I can\'t find the week 2 quiz.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(10,3,8734946,1343134937,0,0,0,1,0,1,0,0,'The lecturer said \"accrual basis\" twice, what does it mean? Regex: \\d+\\.\\d* NPV = CF / (1 + r)^t','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(11,3,453336,1343139280,0,0,0,0,0,1,0,0,'Anyone from Zürich? 🇨🇭',NULL,'html'),
(12,4,1116761,1343160326,0,0,0,1,0,1,0,0,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf',NULL,'html'),
(13,4,1116761,1343178646,0,0,0,0,0,1,0,0,'Line one\nLine two','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(14,4,3836232,1343202189,0,0,0,0,0,1,0,0,'I can\'t find the week 2 quiz.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(15,4,9466463,1343233169,1343289201,0,0,0,0,1,0,4,'Pasted from Word\r\nwith CRLF end of text \Z\Z ok','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(16,4,3840752,1343245484,0,0,0,0,0,1,0,0,'The answer key for Q7 looks wrong to me.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(17,4,7010640,1343246897,0,0,0,0,0,1,0,0,'Thanks!','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(18,5,8868214,1343258180,0,0,0,1,0,1,0,0,'Regex: \\d+\\.\\d* A backslash at the end \\ <p>HTML <b>bold</b> &amp; entities</p>',NULL,'html'),
(19,4,4000267,1343318188,0,0,0,0,0,1,0,0,'NPV = CF / (1 + r)^t','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(20,5,3199977,1343319268,0,0,0,0,0,1,0,1,'这门课很有意思。','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(21,6,8868214,1343337043,1343347976,0,0,1,0,1,0,2,'这门课很有意思。 Half done; \'single\' and \"double\" quotes.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(22,5,3163555,1343368359,0,0,0,0,0,1,0,0,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(23,7,453336,1343388195,0,0,0,1,0,1,0,0,'See lecture 3.2 at 04:15. Regex: \\d+\\.\\d*','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(24,5,8353398,1343388365,1343487407,0,0,0,0,1,0,0,'The lecturer said \"accrual basis\" twice, what does it mean? Merci, c\'était très clair ! Good luck everyone 🎉 Great course so far, learning a lot. Great lecture 😀','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','markdown'),
(25,5,1316884,1343390188,0,0,0,0,0,1,1,0,'Video 4 stops at 3:12 for me.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(26,8,1116761,1343403418,0,0,0,1,0,1,0,3,'Résumé of week 1: revenue recognition, matching principle. end of text \Z\Z ok','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(27,4,9478221,1343405277,0,0,0,0,0,1,0,2,'NPV = CF / (1 + r)^t Merci, c\'était très clair ! A backslash at the end \\','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(28,9,9478221,1343418215,1343570280,0,0,1,0,1,1,0,'这门课很有意思。',NULL,'html'),
(29,5,4856786,1343426814,0,0,0,0,0,1,0,0,'Anyone from Zürich? 🇨🇭','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(30,7,8775349,1343451627,0,0,0,0,0,1,1,1,'The lecturer said \"accrual basis\" twice, what does it mean? ¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(31,6,8353398,1343460449,0,0,0,0,0,1,0,1,'Great lecture 😀',NULL,'html'),
(32,10,3163555,1343461165,NULL,0,0,1,0,1,0,0,'Half done; \'single\' and \"double\" quotes.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(33,9,1116761,1343468790,NULL,0,0,0,0,1,0,0,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf Pasted from Word\r\nwith CRLF Anyone from Zürich? 🇨🇭 See lecture 3.2 at 04:15.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(34,10,1116761,1343469866,0,0,0,0,0,1,0,3,'¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(35,7,1316884,1343476001,0,0,0,0,0,1,0,1,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(36,7,1116761,1343480840,0,0,0,0,0,1,0,0,'Thanks! end of text \Z\Z ok','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(37,5,3836232,1343502072,0,0,0,0,0,1,0,1,'Good luck everyone 🎉','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(38,11,3840752,1343525780,0,0,0,1,0,1,0,0,'I can\'t find the week 2 quiz.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(39,12,3840752,1343548634,1343706277,0,0,1,0,1,0,0,'The answer key for Q7 looks wrong to me.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(40,11,1116761,1343584363,0,0,0,0,0,1,0,2,'See lecture 3.2 at 04:15. A backslash at the end \\ Half done; \'single\' and \"double\" quotes. NPV = CF / (1 + r)^t','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(41,13,4856786,1343598371,0,0,0,1,0,1,0,0,'A backslash at the end \\','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(42,13,1316884,1343602989,0,0,0,0,0,1,0,0,'col1	col2	col3 Danke für die Erklärung, schön! See lecture 3.2 at 04:15.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(43,4,3199977,1343604827,0,0,0,0,0,1,0,0,'¿Alguien más tiene problemas con el vídeo? Windows path: C:\\Users\\me\\Downloads\\week1.pdf','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html');
INSERT INTO `forum_posts` VALUES
(44,11,4856786,1343606400,NULL,0,0,0,0,1,0,0,'I agree with the previous post.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(45,3,453336,1343658076,0,0,0,0,0,1,0,2,'Good luck everyone 🎉 Merci, c\'était très clair ! A backslash at the end \\ Half done; \'single\' and \"double\" quotes.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(46,4,9466463,1343671130,0,0,0,0,0,1,0,2,'Great lecture 😀 A backslash at the end \\ col1	col2	col3','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(47,14,4230609,1343671604,0,0,1,1,0,1,1,0,'Cheap essays!!! visit http://spam.example.com 💰💰','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(48,7,NULL,1343675502,0,0,0,0,0,1,0,0,'Great lecture 😀',NULL,'html'),
(49,13,5696455,1343685270,NULL,0,0,0,0,1,0,0,'<p>HTML <b>bold</b> &amp; entities</p>','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(50,5,1316884,1343756166,0,0,0,0,0,1,0,3,'I agree with the previous post. Thanks!','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(51,15,1116761,1343761717,0,0,0,1,0,1,0,1,'Line one\nLine two','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','markdown'),
(52,5,8625154,1343764409,1343898655,0,0,0,0,1,0,0,'A backslash at the end \\','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(53,10,2514760,1343790017,0,0,0,0,0,1,0,0,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf Merci, c\'était très clair ! A backslash at the end \\','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(54,10,7553181,1343790017,0,0,0,0,0,1,0,0,'Video 4 stops at 3:12 for me.',NULL,'markdown'),
(55,16,7959281,1343790436,NULL,1,0,1,0,1,0,2,'The lecturer said \"accrual basis\" twice, what does it mean? Half done; \'single\' and \"double\" quotes.','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(56,15,1116761,1343826565,1343839444,0,0,0,0,1,0,2,'Great lecture 😀','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(57,13,453336,1343835634,0,0,0,0,0,1,0,0,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(58,17,1116761,1343842177,NULL,0,0,1,0,1,0,4,'The lecturer said \"accrual basis\" twice, what does it mean? I can\'t find the week 2 quiz.',NULL,'html'),
(59,15,4446882,1343846692,0,0,0,0,0,1,0,4,'Danke für die Erklärung, schön! Regex: \\d+\\.\\d*','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(60,16,7010640,1343850312,1343903899,0,0,0,0,1,0,2,'I can\'t find the week 2 quiz. Great lecture 😀 See lecture 3.2 at 04:15. The lecturer said \"accrual basis\" twice, what does it mean? Anyone from Zürich? 🇨🇭','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(61,16,8775349,1343903479,0,0,0,0,0,1,0,4,'The answer key for Q7 looks wrong to me.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(62,8,4844522,1343913398,1344022159,0,0,0,0,1,0,0,'Half done; \'single\' and \"double\" quotes.','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','markdown'),
(63,13,7263233,1343926152,0,0,0,0,0,1,0,2,'Pasted from Word\r\nwith CRLF','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(64,18,4856786,1343929658,0,0,0,1,0,1,0,0,'Video 4 stops at 3:12 for me.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(65,17,7113095,1343941460,0,0,0,0,0,1,0,0,'Danke für die Erklärung, schön!','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(66,15,453336,1343996766,0,0,0,0,0,1,0,-1,'I can\'t find the week 2 quiz.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(67,16,1116761,1343999456,1344068026,0,0,0,0,1,0,0,'Pasted from Word\r\nwith CRLF','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(68,9,4844522,1344006549,0,0,0,0,0,1,0,1,'Anyone from Zürich? 🇨🇭','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(69,11,4856786,1344010167,1344062847,0,0,0,0,1,0,3,'NPV = CF / (1 + r)^t','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(70,19,8868214,1344017151,NULL,0,0,1,0,1,0,0,'Good luck everyone 🎉 Pasted from Word\r\nwith CRLF Can we use Excel for the assignment?','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(71,20,4000267,1344089888,0,0,0,1,0,1,0,0,'Danke für die Erklärung, schön!','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(72,17,5516008,1344090607,0,1,0,0,0,1,0,0,'Pasted from Word\r\nwith CRLF','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(73,21,3342792,1344125322,0,0,1,1,0,1,0,0,'BUY FOLLOWERS NOW -> http://spam.example.net','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(74,22,7113095,1344129236,1344230566,0,0,1,0,1,0,1,'Line one\nLine two','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(75,22,1116761,1344143167,0,0,0,0,0,1,0,0,'col1	col2	col3','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(76,23,4596372,1344182330,1344345845,0,0,1,0,1,0,0,'Great lecture 😀 Great course so far, learning a lot. Résumé of week 1: revenue recognition, matching principle. The answer key for Q7 looks wrong to me. See lecture 3.2 at 04:15.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(77,24,1116761,1344205293,1344234869,0,0,1,0,1,0,0,'Regex: \\d+\\.\\d* The lecturer said \"accrual basis\" twice, what does it mean? Thanks!','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(78,16,453336,1344209325,0,0,0,0,0,1,0,1,'Windows path: C:\\Users\\me\\Downloads\\week1.pdf Great lecture 😀 Merci, c\'était très clair !','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(79,22,9830614,1344211201,0,0,0,0,0,1,0,1,'col1	col2	col3 The lecturer said \"accrual basis\" twice, what does it mean? Video 4 stops at 3:12 for me. See lecture 3.2 at 04:15.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(80,21,4856786,1344249633,0,0,0,0,0,1,0,0,'这门课很有意思。 Half done; \'single\' and \"double\" quotes.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(81,18,1116761,1344278724,0,0,0,0,0,1,0,2,'Can we use Excel for the assignment?','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(82,25,3840752,1344320298,NULL,0,0,1,0,1,0,0,'The answer key for Q7 looks wrong to me. Great course so far, learning a lot. <p>HTML <b>bold</b> &amp; entities</p>','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html');
INSERT INTO `forum_posts` VALUES
(83,26,3840752,1344387414,0,0,0,1,0,1,0,2,'A backslash at the end \\','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(84,27,1240208,1344387459,0,0,0,1,0,1,0,1,'Kitchen sink: it\'s \"quoted\" \\ back\\slash\nnew line\r\ncarriage return	tab café naïve 中文 😀 ctrl-Z:\Z end','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(85,27,8514339,1344402042,NULL,0,0,0,0,1,0,1,'A backslash at the end \\ I can\'t find the week 2 quiz. Thanks! col1	col2	col3','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(86,21,8514339,1344402042,0,0,0,0,0,1,0,1,'Pasted from Word\r\nwith CRLF','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(87,28,453336,1344403067,1344562049,0,0,1,0,1,0,1,'Half done; \'single\' and \"double\" quotes. Merci, c\'était très clair !','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(88,10,1316884,1344409904,0,0,0,0,0,1,0,0,'Danke für die Erklärung, schön!','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(89,18,9830614,1344459263,0,0,0,0,0,1,0,1,'Video 4 stops at 3:12 for me.','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(90,24,NULL,1344500467,NULL,0,0,0,0,1,0,0,'col1	col2	col3','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(91,29,8734946,1344554673,0,0,0,1,0,1,0,0,'Great course so far, learning a lot.',NULL,'html'),
(92,27,9830614,1344627432,1344650793,0,0,0,0,1,1,0,'Résumé of week 1: revenue recognition, matching principle.',NULL,'markdown'),
(93,30,3342792,1344643241,0,0,1,1,0,1,0,0,'Earn $$$ from home, click here','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(94,25,188464,1344659979,0,0,0,0,0,1,0,2,'Great course so far, learning a lot.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','markdown'),
(95,31,1116761,1344740296,0,0,0,1,0,1,1,1,'¿Alguien más tiene problemas con el vídeo?','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(96,19,152183,1344816000,1344862327,0,0,0,0,1,0,3,'Résumé of week 1: revenue recognition, matching principle. Great lecture 😀 Pasted from Word\r\nwith CRLF','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(97,16,6648825,1344931624,0,0,0,0,0,1,0,0,'See lecture 3.2 at 04:15.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(98,30,1116761,1344971025,0,0,0,0,0,1,0,0,'A backslash at the end \\','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(99,30,1092728,1345100200,0,0,0,0,0,1,0,3,'Résumé of week 1: revenue recognition, matching principle. See lecture 3.2 at 04:15. Danke für die Erklärung, schön! col1	col2	col3','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(100,31,4856786,1345120948,0,0,0,0,0,1,0,1,'Merci, c\'était très clair ! <p>HTML <b>bold</b> &amp; entities</p> Regex: \\d+\\.\\d*','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(101,14,8868214,1345195538,0,0,0,0,0,1,0,0,'Good luck everyone 🎉 end of text \Z\Z ok','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','markdown'),
(102,32,3840752,1345204946,0,0,0,1,0,1,0,0,'Half done; \'single\' and \"double\" quotes.',NULL,'html'),
(103,31,1971129,1345291971,0,0,0,0,0,1,0,1,'Can we use Excel for the assignment? Great course so far, learning a lot.','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(104,33,4446882,1345382690,0,0,0,1,0,1,0,1,'Anyone from Zürich? 🇨🇭 I can\'t find the week 2 quiz. The answer key for Q7 looks wrong to me.','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','markdown'),
(105,33,8514339,1345420801,0,0,0,0,0,1,0,0,'Danke für die Erklärung, schön! Line one\nLine two NPV = CF / (1 + r)^t','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(106,32,1116761,1345501660,0,0,0,0,0,1,0,2,'Line one\nLine two','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','markdown'),
(107,14,4689681,1345591465,0,0,0,0,0,1,0,0,'NPV = CF / (1 + r)^t Anyone from Zürich? 🇨🇭 A backslash at the end \\','Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.115 Safari/537.36','html'),
(108,29,4689681,1345770324,0,1,0,0,0,1,0,1,'The answer key for Q7 looks wrong to me. ¿Alguien más tiene problemas con el vídeo? Résumé of week 1: revenue recognition, matching principle.','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(109,31,453336,1345889602,0,0,0,0,0,1,0,0,'Half done; \'single\' and \"double\" quotes.','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(110,24,3342792,1346007819,0,0,0,0,0,1,0,2,'Great course so far, learning a lot. NPV = CF / (1 + r)^t Thanks! <p>HTML <b>bold</b> &amp; entities</p> Merci, c\'était très clair !','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(111,30,9113078,1346025600,1346049676,0,0,0,0,1,0,1,'See lecture 3.2 at 04:15.','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(112,34,453336,1346029200,0,0,0,1,0,1,0,1,'Good luck everyone 🎉','Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) Version/8.0.3 Safari/600.3.18','html'),
(113,34,8514339,1346198400,1346231564,0,0,0,0,1,0,0,'The answer key for Q7 looks wrong to me. Can we use Excel for the assignment? A backslash at the end \\ col1	col2	col3','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(114,35,5516008,1346214230,0,0,0,1,0,1,0,0,'Thanks! 这门课很有意思。 Copied from an old DOS file\Z','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','html'),
(115,28,9466463,1346443311,0,0,0,0,0,1,0,4,'这门课很有意思。','Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)','markdown'),
(116,35,4035543,1346458834,0,0,0,0,0,1,0,1,'A backslash at the end \\ ¿Alguien más tiene problemas con el vídeo? Merci, c\'était très clair ! Can we use Excel for the assignment?','Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B466 Safari/600.1.4','html'),
(117,8,8514339,1346722135,0,0,0,0,0,1,0,1,'Great course so far, learning a lot. Danke für die Erklärung, schön! Good luck everyone 🎉','Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0','html'),
(118,29,1083639,1347551817,0,0,0,0,0,1,0,4,'The lecturer said \"accrual basis\" twice, what does it mean?','Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0','markdown'),
(119,36,6123500,1347580900,0,0,0,1,0,1,0,0,'Anyone from Zürich? 🇨🇭 ¿Alguien más tiene problemas con el vídeo? The answer key for Q7 looks wrong to me. Copied from an old DOS file\Z',NULL,'html');
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
) ENGINE=InnoDB AUTO_INCREMENT=37 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `forum_threads`
--

LOCK TABLES `forum_threads` WRITE;
/*!40000 ALTER TABLE `forum_threads` DISABLE KEYS */;
INSERT INTO `forum_threads` VALUES
(1,1,9478221,'Welcome to the course!',1342602000,1343309027,4856786,15,555,1,0,0,1,1,0,0,0),
(2,4,1092728,'Week 1 quiz, question 3',1343110459,1343221374,1116761,4,120,0,0,0,0,1,0,0,0),
(3,4,8734946,'¿Hay subtítulos en español?',1343134937,1345775785,4856786,5,55,3,0,0,0,1,0,0,0),
(4,1,1116761,'Peer assessment rubric',1343160326,1343760794,1116761,15,465,3,0,0,0,1,0,1,0),
(5,1,8868214,'Path C:\\coursera\\week2 not found',1343258180,1344806925,188464,12,396,2,0,0,0,1,0,0,0),
(6,3,8868214,'Can\'t play the videos on Safari',1343337043,1343606401,8868214,4,80,2,0,0,0,1,0,0,0),
(7,1,453336,'Homework 4: 50% or 100%?',1343388195,1343675502,NULL,6,18,0,0,0,0,1,0,0,0),
(8,4,1116761,'Peer assessment rubric',1343403418,1347738169,1240208,5,160,2,0,0,0,1,0,0,0),
(9,5,9478221,'Slides for lecture 2.4?',1343418215,1344006549,4844522,3,66,1,0,0,0,1,0,0,1),
(10,3,3163555,'Thanks everyone 😀',1343461165,1346025601,3836232,11,429,3,0,0,0,1,0,0,0),
(11,2,3840752,'¿Hay subtítulos en español?',1343525780,1345075650,7113095,6,114,0,0,0,0,1,0,0,0),
(12,1,3840752,'¿Hay subtítulos en español?',1343548634,1343548634,3840752,1,8,2,0,0,0,1,1,0,0),
(13,3,4856786,'Deadline extension?',1343598371,1344202307,1116761,11,418,3,0,0,0,1,0,0,0),
(14,2,4230609,'Cheap essays!!! visit http://spam.exampl',1343671604,1345820428,1971129,4,124,0,1,0,0,1,0,0,1),
(15,3,1116761,'What does \"accrual basis\" mean?',1343761717,1344010188,5516008,6,42,1,0,0,0,1,0,0,0),
(16,3,7959281,'Introduce yourself here!',1343790436,1344931624,6648825,7,245,0,0,0,0,1,0,0,0),
(17,1,1116761,'Week 1 quiz, question 3',1343842177,1344090607,5516008,3,63,2,0,0,0,1,0,0,0),
(18,2,4856786,'Study group in São Paulo',1343929658,1345525123,3342792,5,170,1,0,0,0,1,0,0,0),
(19,2,8868214,'Slides for lecture 2.4?',1344017151,1345191561,3652410,4,24,2,0,0,0,1,0,0,0),
(20,2,4000267,'¿Hay subtítulos en español?',1344089888,1344089888,4000267,1,23,3,0,0,0,1,1,0,0),
(21,4,3342792,'Cheap essays!!! visit http://spam.exampl',1344125322,1347748317,4723744,6,186,0,1,0,0,1,0,0,0),
(22,1,7113095,'What does \"accrual basis\" mean?',1344129236,1344395886,8514339,5,180,3,0,0,0,1,0,1,0),
(23,2,4596372,'Problème avec le quiz',1344182330,1344182330,4596372,1,38,0,0,0,0,1,1,0,0),
(24,1,1116761,'学习小组 (Chinese study group)',1344205293,1346007819,3342792,5,125,3,0,0,0,1,0,0,0),
(25,2,3840752,'Peer assessment rubric',1344320298,1344869398,1083639,3,54,1,0,0,0,1,0,0,0),
(26,2,3840752,'学习小组 (Chinese study group)',1344387414,1345179352,3840752,2,58,2,0,0,0,1,0,0,0),
(27,4,1240208,'学习小组 (Chinese study group)',1344387459,1348185600,5176176,6,216,0,0,0,0,1,0,0,0),
(28,1,453336,'Study group in São Paulo',1344403067,1346443311,9466463,2,52,3,0,0,0,1,0,0,0),
(29,2,8734946,'Week 1 quiz, question 3',1344554673,1347551817,1083639,3,90,3,0,0,0,1,0,0,0),
(30,3,3342792,'Cheap essays!!! visit http://spam.exampl',1344643241,1346025600,9113078,6,126,0,1,0,0,1,0,0,0),
(31,2,1116761,'Introduce yourself here!',1344740296,1345889602,453336,6,240,0,0,0,0,1,0,0,1),
(32,2,3840752,'Study group in São Paulo',1345204946,1345672523,8734946,3,51,1,0,0,0,1,0,0,0),
(33,2,4446882,'Study group in São Paulo',1345382690,1345420801,8514339,2,30,1,0,0,0,1,0,0,0),
(34,3,453336,'Week 1 quiz, question 3',1346029200,1346198400,8514339,2,10,1,0,0,0,1,0,0,0),
(35,4,5516008,'Can\'t play the videos on Safari',1346214230,1346458834,4035543,2,12,2,0,0,0,1,0,0,0),
(36,2,6123500,'Problème avec le quiz',1347580900,1347580900,6123500,1,32,1,0,0,0,1,1,0,0);
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

-- Dump completed on 2012-10-11 12:00:00
